// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {INFTAgents} from "../INFTAgents.sol";
import {INFTMarketplace} from "../INFTMarketplace.sol";

/// @title Workload
/// @notice Test-only: drives the real contracts' entry points many times a
/// transaction, for the indexer's benchmark against a node of its own (anvil):
/// buying agents, topping them up, requesting generations, settling them as
/// the relayer (it must hold RELAYER_ROLE), and listing, repricing,
/// cancelling, selling and moving (making stale) the tokens minted. A second
/// instance buys the first one's listings. Never deployed outside tests.
contract Workload is IERC721Receiver {
    INFTAgents public immutable agents;
    INFTMarketplace public immutable market;
    address public immutable generated;
    uint256[] public agentIds;

    constructor(INFTAgents agents_, INFTMarketplace market_) {
        agents = agents_;
        market = market_;
        generated = address(agents_.generated());
        IERC721(generated).setApprovalForAll(address(market_), true);
    }

    /// @notice Buys n agents of tier, each for msg.value / n.
    function buy(uint8 tier, uint256 n) external payable {
        uint256 price = msg.value / n;
        for (uint256 i = 0; i < n; i++) {
            agentIds.push(agents.purchasePackage{value: price}(tier));
        }
    }

    /// @notice Tops up the agents agentIds[from, from + n) with the tier's package, each for msg.value / n.
    function topUp(uint256 from, uint256 n, uint8 tier) external payable {
        uint256 price = msg.value / n;
        for (uint256 i = 0; i < n; i++) {
            agents.topUp{value: price}(agentIds[from + i], tier);
        }
    }

    /// @notice Asks each of the agents agentIds[from, from + n) for a text.
    function request(uint256 from, uint256 n) external {
        for (uint256 i = 0; i < n; i++) {
            agents.requestGeneration(agentIds[from + i], 0, "a lighthouse at dawn");
        }
    }

    /// @notice As the relayer: fails the requests [first, first + n) whose id
    /// is a multiple of failEvery, and fulfils the others.
    function settle(uint256 first, uint256 n, uint256 failEvery) external {
        for (uint256 r = first; r < first + n; r++) {
            if (r % failEvery == 0) {
                agents.failGeneration(r, "provider down");
            } else {
                agents.fulfillGeneration(r, "ipfs://bafkreigdre5jge63wf327sp7e5x26tbbv5g7kk5e5jg6nvuc7zfocjzspq");
            }
        }
    }

    /// @notice Lists the generated tokens [first, first + n) at price.
    function list(uint256 first, uint256 n, uint256 price) external {
        for (uint256 t = first; t < first + n; t++) {
            market.list(generated, t, price);
        }
    }

    /// @notice Reprices the listings [first, first + n).
    function reprice(uint256 first, uint256 n, uint256 price) external {
        for (uint256 l = first; l < first + n; l++) {
            market.updatePrice(l, price);
        }
    }

    /// @notice Cancels the listings [first, first + n).
    function cancel(uint256 first, uint256 n) external {
        for (uint256 l = first; l < first + n; l++) {
            market.cancel(l);
        }
    }

    /// @notice Moves the generated tokens [first, first + n) to `to`: their listings go stale.
    function give(uint256 first, uint256 n, address to) external {
        for (uint256 t = first; t < first + n; t++) {
            IERC721(generated).transferFrom(address(this), to, t);
        }
    }

    /// @notice Buys the listings [first, first + n), each for msg.value / n.
    function buyListings(uint256 first, uint256 n) external payable {
        uint256 price = msg.value / n;
        for (uint256 l = first; l < first + n; l++) {
            market.buy{value: price}(l);
        }
    }

    /// @notice Takes the proceeds of sales and withdrawals sent here.
    receive() external payable {}

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC721Receiver.onERC721Received.selector;
    }
}
