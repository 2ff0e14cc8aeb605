// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";
import {INFTAgents} from "../INFTAgents.sol";
import {INFTGenerated} from "../INFTGenerated.sol";
import {INFTMarketplace} from "../INFTMarketplace.sol";

/// @title LoadGen
/// @notice Test-only: produces many events of all three contracts per
/// transaction, for the indexer's backfill benchmark. It owns an agent and
/// holds RELAYER_ROLE (granted by the admin), so one `round` can top up,
/// request, fulfil, list, reprice and cancel. Never deployed outside tests.
contract LoadGen is IERC721Receiver {
    INFTAgents public immutable agents;
    INFTMarketplace public immutable market;
    uint256 public agentId;

    constructor(INFTAgents agents_, INFTMarketplace market_) {
        agents = agents_;
        market = market_;
    }

    /// @notice Buys the agent the rounds use (Starter) and approves the marketplace.
    function setUp() external payable {
        agentId = agents.purchasePackage{value: msg.value}(0);
        INFTGenerated(address(agents.generated())).setApprovalForAll(address(market), true);
    }

    /// @notice n times: topUp, requestGeneration, fulfillGeneration, list, updatePrice,
    /// cancel: seven events per iteration. msg.value pays the n top-ups.
    function round(uint256 n) external payable {
        uint256 price = msg.value / n;
        address generated = address(agents.generated());
        for (uint256 i = 0; i < n; i++) {
            agents.topUp{value: price}(agentId, 0);
            uint256 requestId = agents.requestGeneration(agentId, 0, "p");
            uint256 tokenId = agents.fulfillGeneration(requestId, "ipfs://x");
            uint256 listingId = market.list(generated, tokenId, 1);
            market.updatePrice(listingId, 2);
            market.cancel(listingId);
        }
    }

    /// @inheritdoc IERC721Receiver
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC721Receiver.onERC721Received.selector;
    }
}
