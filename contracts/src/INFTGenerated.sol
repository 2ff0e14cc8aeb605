// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721TransferNonces} from "./ERC721TransferNonces.sol";

/// @dev What INFTGenerated reads of its minter, INFTAgents.
interface ICollaborations {
    function collaborationOf(uint256 requestId) external view returns (uint8 mode, uint256[] memory agentIds);
}

/// @title INFTGenerated
/// @notice The outputs of INFT agents: one ERC-721 token per fulfilled generation
/// request, with its own metadata URI and an ERC-2981 royalty paid to whoever
/// owned the agent when the output was minted (the lead agent's owner, for an
/// output of several agents). Only INFTAgents mints.
contract INFTGenerated is ERC721URIStorage, ERC721TransferNonces, ERC2981, AccessControl {
    /// @notice Royalty on secondary sales unless the admin sets another, in basis points.
    uint96 public constant DEFAULT_ROYALTY_BPS = 500;
    /// @notice The highest royalty the admin may set, in basis points.
    uint96 public constant MAX_ROYALTY_BPS = 1000;

    struct Origin {
        uint256 agentId;
        uint256 requestId;
    }

    /// @notice The only address allowed to mint: the INFTAgents contract, set once.
    address public minter;
    /// @notice Royalty given to tokens minted from now on, in basis points.
    uint96 public royaltyBps = DEFAULT_ROYALTY_BPS;
    uint256 private _lastTokenId;
    mapping(uint256 tokenId => Origin) private _origins;

    /// @notice The minter was set; it can never change afterwards.
    event MinterSet(address indexed minter);
    /// @notice Tokens minted from now on carry this royalty.
    event RoyaltyBpsSet(uint96 bps);

    /// @notice The caller is not the minter.
    error NotMinter(address caller);
    /// @notice The minter was set already.
    error MinterAlreadySet(address minter);
    /// @notice The zero address was given where an address is needed.
    error ZeroAddress();
    /// @notice The royalty is above MAX_ROYALTY_BPS.
    error RoyaltyTooHigh(uint96 bps, uint96 max);

    /// @param admin holds DEFAULT_ADMIN_ROLE: sets the minter once and the royalty.
    constructor(address admin) ERC721("INFT Generated", "INFTG") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets the INFTAgents contract as the only minter. Callable once, by the admin.
    function setMinter(address minter_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (minter_ == address(0)) revert ZeroAddress();
        if (minter != address(0)) revert MinterAlreadySet(minter);
        minter = minter_;
        emit MinterSet(minter_);
    }

    /// @notice Sets the royalty of tokens minted from now on. Admin only.
    function setRoyaltyBps(uint96 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(bps, MAX_ROYALTY_BPS);
        royaltyBps = bps;
        emit RoyaltyBpsSet(bps);
    }

    /// @notice Mints a generated output to `to`. Minter only.
    /// @param to the requester of the generation.
    /// @param agentId the agent that made the output.
    /// @param requestId the INFTAgents request it fulfils.
    /// @param royaltyReceiver the agent's owner at mint time.
    /// @param uri the token URI, `ipfs://<metadata CID>`.
    /// @return tokenId the new token's id, counting from 1.
    function mint(address to, uint256 agentId, uint256 requestId, address royaltyReceiver, string calldata uri)
        external
        returns (uint256 tokenId)
    {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        tokenId = ++_lastTokenId;
        _origins[tokenId] = Origin(agentId, requestId);
        _setTokenRoyalty(tokenId, royaltyReceiver, royaltyBps);
        _mint(to, tokenId);
        _setTokenURI(tokenId, uri);
    }

    /// @notice The agent and the request a token was generated from.
    function generatedFrom(uint256 tokenId) external view returns (uint256 agentId, uint256 requestId) {
        _requireOwned(tokenId);
        Origin storage o = _origins[tokenId];
        return (o.agentId, o.requestId);
    }

    /// @notice The agents that made a token, the lead (`generatedFrom`'s agent) first:
    /// every agent of a collaboration, or the one agent of a single request.
    function coCreators(uint256 tokenId) external view returns (uint256[] memory agentIds) {
        _requireOwned(tokenId);
        Origin storage o = _origins[tokenId];
        (, agentIds) = ICollaborations(minter).collaborationOf(o.requestId);
        if (agentIds.length == 0) {
            agentIds = new uint256[](1);
            agentIds[0] = o.agentId;
        }
    }

    /// @notice How many tokens were ever minted; ids run from 1 to this.
    function totalMinted() external view returns (uint256) {
        return _lastTokenId;
    }

    /// @inheritdoc ERC721URIStorage
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, ERC721URIStorage, ERC2981, AccessControl)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }

    /// @inheritdoc ERC721URIStorage
    function tokenURI(uint256 tokenId) public view override(ERC721, ERC721URIStorage) returns (string memory) {
        return super.tokenURI(tokenId);
    }

    function _update(address to, uint256 tokenId, address auth)
        internal
        override(ERC721, ERC721TransferNonces)
        returns (address)
    {
        return super._update(to, tokenId, auth);
    }
}
