// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title PullPayments
/// @notice A small withdrawal ledger: payments are credited to a payee and sent
/// only when the payee asks for them, so a payee that refuses ether can never
/// block a sale, a purchase or anyone else's withdrawal. OpenZeppelin 5 removed
/// its PullPayment/Escrow; this is the part of it the INFT contracts need.
abstract contract PullPayments is ReentrancyGuard {
    mapping(address payee => uint256 amount) private _pending;

    /// @notice A payee was credited `amount` wei to withdraw (a share of a payment).
    /// Logged just before the event of the payment it comes from (a purchase, a
    /// top-up, a subscription, a sale), so each balance can be rebuilt from the logs.
    event Deposited(address indexed payee, uint256 amount);
    /// @notice Ether was sent to a payee that withdrew its balance.
    event Withdrawn(address indexed payee, uint256 amount);

    /// @notice The caller has nothing to withdraw.
    error NothingToWithdraw();
    /// @notice The payee's address refused the ether; its balance is kept.
    error WithdrawalFailed(address payee, uint256 amount);

    /// @notice The amount `payee` can withdraw now, in wei.
    function pendingWithdrawals(address payee) external view returns (uint256) {
        return _pending[payee];
    }

    /// @notice Sends the caller's whole balance to the caller.
    function withdraw() external nonReentrant {
        uint256 amount = _pending[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        _pending[msg.sender] = 0;
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert WithdrawalFailed(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    /// @dev Adds `amount` wei to what `payee` may withdraw.
    function _credit(address payee, uint256 amount) internal {
        if (amount == 0) return;
        _pending[payee] += amount;
        emit Deposited(payee, amount);
    }
}
