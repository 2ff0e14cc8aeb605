// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @title ERC721TransferNonces
/// @notice Counts each token's transfers after its mint. Whatever was granted by
/// an owner (a marketplace listing, an agent's subscriptions) records the nonce
/// it was granted at and lapses for good once the token has moved, even if the
/// token later comes back to the same owner.
abstract contract ERC721TransferNonces is ERC721 {
    mapping(uint256 tokenId => uint64) private _transferNonces;

    /// @notice How many times the token changed hands since it was minted.
    function transferNonce(uint256 tokenId) public view returns (uint64) {
        return _transferNonces[tokenId];
    }

    /// @dev Counts every transfer but the mint.
    function _update(address to, uint256 tokenId, address auth) internal virtual override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0)) _transferNonces[tokenId]++;
    }
}
