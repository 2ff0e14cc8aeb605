// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/// @title Attacker
/// @notice Test-only: a contract wallet that buys, lists and withdraws through
/// `execute`, and when it receives a token or ether can call back into a target
/// (a reentrancy attempt) or refuse ether outright. Never deployed outside tests.
contract Attacker is IERC721Receiver {
    /// @notice What the contract does when it receives something.
    enum Mode {
        Honest,
        ReenterOnToken,
        ReenterOnEther,
        RefuseEther
    }

    Mode public mode;
    address public target;
    bytes public reentry;
    uint256 public reentryValue;

    error RefusedEther();

    /// @notice Makes a call as this contract, bubbling up any revert.
    function execute(address to, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: msg.value}(data);
        if (!ok) _bubble(ret);
        return ret;
    }

    /// @notice Sets what happens on receipt of a token or ether.
    function arm(Mode mode_, address target_, bytes calldata reentry_, uint256 reentryValue_) external {
        mode = mode_;
        target = target_;
        reentry = reentry_;
        reentryValue = reentryValue_;
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        if (mode == Mode.ReenterOnToken) _reenter();
        return IERC721Receiver.onERC721Received.selector;
    }

    receive() external payable {
        if (mode == Mode.RefuseEther) revert RefusedEther();
        if (mode == Mode.ReenterOnEther) _reenter();
    }

    function _reenter() private {
        (bool ok, bytes memory ret) = target.call{value: reentryValue}(reentry);
        if (!ok) _bubble(ret);
    }

    function _bubble(bytes memory ret) private pure {
        assembly {
            revert(add(ret, 32), mload(ret))
        }
    }
}
