// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @title INFTAgentRenderer
/// @notice Renders an INFT agent's ERC-721 metadata on chain, so that wallets and
/// marketplaces show every agent from its mint without any service: a JSON
/// document (OpenSea's metadata standard: name, description, image, attributes)
/// as a `data:` URI, whose image is an SVG avatar drawn from the agent's id (its
/// colours and face) and tier (its rings and their colour). INFTAgents deploys
/// one in its constructor and passes what the chain knows of the agent; it is
/// pure, so it can be replaced by the admin without moving any state.
contract INFTAgentRenderer {
    using Strings for uint256;

    /// @notice The token URI of an agent: `data:application/json;base64,` and its metadata.
    /// @param stateURI the agent's anchored state document, "" until it first evolves;
    /// it is written percent-encoded where it is not printable ASCII, so the JSON stays valid.
    function tokenURI(
        uint256 agentId,
        uint8 tier,
        uint32 level,
        uint64 credits,
        uint64 generations,
        string calldata stateURI
    ) external pure returns (string memory) {
        return string.concat("data:application/json;base64,", Base64.encode(bytes(metadata(agentId, tier, level, credits, generations, stateURI))));
    }

    /// @notice The metadata document itself, as JSON text.
    function metadata(
        uint256 agentId,
        uint8 tier,
        uint32 level,
        uint64 credits,
        uint64 generations,
        string calldata stateURI
    ) public pure returns (string memory) {
        string memory id = agentId.toString();
        string memory json = string.concat(
            '{"name":"INFT Agent #',
            id,
            '","description":"An AI agent of the ',
            tierName(tier),
            " tier on INFT. Its owner, or a subscriber, spends its credits on text and image generations, each minted as an NFT, and it learns from every one.",
            '","image":"data:image/svg+xml;base64,',
            Base64.encode(bytes(avatar(agentId, tier, level))),
            '","attributes":[{"trait_type":"Tier","value":"',
            tierName(tier),
            '"},'
        );
        json = string.concat(
            json,
            '{"trait_type":"Level","display_type":"number","value":',
            uint256(level).toString(),
            '},{"trait_type":"Credits","display_type":"number","value":',
            uint256(credits).toString(),
            '},{"trait_type":"Generations","display_type":"number","value":',
            uint256(generations).toString(),
            "}]"
        );
        if (bytes(stateURI).length != 0) json = string.concat(json, ',"state_uri":"', _percentEncoded(stateURI), '"');
        return string.concat(json, "}");
    }

    /// @notice The agent's avatar, an SVG document of 320×320.
    function avatar(uint256 agentId, uint8 tier, uint32 level) public pure returns (string memory) {
        bytes32 h = keccak256(abi.encodePacked(agentId));
        uint256 hue = uint256(uint8(h[0])) * 360 / 256;
        string memory ring = _tierColour(tier);
        return string.concat(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 320">',
            _background(hue, (hue + 40 + uint8(h[1]) % 80) % 360),
            _rings(tier, ring),
            _face(h, hue, ring),
            '<text x="160" y="268" font-family="sans-serif" font-size="26" font-weight="700" fill="#fff" text-anchor="middle">#',
            agentId.toString(),
            '</text><text x="160" y="296" font-family="sans-serif" font-size="15" fill="',
            ring,
            string.concat(
                '" text-anchor="middle" letter-spacing="2">',
                tierName(tier),
                " \xc2\xb7 LEVEL ",
                uint256(level).toString(),
                "</text></svg>"
            )
        );
    }

    /// @notice A tier's name: Starter, Pro, Business or Enterprise ("Unknown" otherwise).
    function tierName(uint8 tier) public pure returns (string memory) {
        if (tier == 0) return "Starter";
        if (tier == 1) return "Pro";
        if (tier == 2) return "Business";
        if (tier == 3) return "Enterprise";
        return "Unknown";
    }

    function _tierColour(uint8 tier) private pure returns (string memory) {
        if (tier == 0) return "#cd7f32"; // bronze
        if (tier == 1) return "#d9dde3"; // silver
        if (tier == 2) return "#f5c542"; // gold
        return "#9ff3ff"; // diamond
    }

    function _background(uint256 hue, uint256 hue2) private pure returns (string memory) {
        return string.concat(
            '<defs><linearGradient id="b" x2="1" y2="1"><stop offset="0" stop-color="hsl(',
            hue.toString(),
            ',62%,42%)"/><stop offset="1" stop-color="hsl(',
            hue2.toString(),
            ',62%,16%)"/></linearGradient></defs><rect width="320" height="320" fill="url(#b)"/>'
        );
    }

    /// @dev One ring per tier above Starter's one: the higher the tier, the more rings.
    function _rings(uint8 tier, string memory colour) private pure returns (string memory out) {
        for (uint256 i = 0; i <= tier && i < 4; i++) {
            out = string.concat(
                out,
                '<circle cx="160" cy="128" r="',
                (88 + i * 7).toString(),
                '" fill="none" stroke="',
                colour,
                '" stroke-width="3" opacity="0.85"/>'
            );
        }
    }

    function _face(bytes32 h, uint256 hue, string memory colour) private pure returns (string memory) {
        uint256 gap = 24 + uint8(h[2]) % 16;
        string memory eyeR = uint256(7 + uint8(h[3]) % 7).toString();
        return string.concat(
            '<line x1="160" y1="62" x2="160" y2="40" stroke="',
            colour,
            '" stroke-width="4"/><circle cx="160" cy="36" r="7" fill="',
            colour,
            '"/><rect x="96" y="62" width="128" height="124" rx="',
            uint256(12 + uint8(h[4]) % 40).toString(),
            '" fill="hsl(',
            hue.toString(),
            ',45%,88%)"/>',
            _eyes(gap, eyeR),
            _mouth(uint8(h[5]) % 3)
        );
    }

    function _eyes(uint256 gap, string memory r) private pure returns (string memory) {
        return string.concat(
            '<circle cx="',
            (160 - gap).toString(),
            '" cy="116" r="',
            r,
            '" fill="#1b1b2f"/><circle cx="',
            (160 + gap).toString(),
            '" cy="116" r="',
            r,
            '" fill="#1b1b2f"/>'
        );
    }

    function _mouth(uint8 shape) private pure returns (string memory) {
        if (shape == 0) {
            return '<path d="M134 152 Q160 174 186 152" stroke="#1b1b2f" stroke-width="5" fill="none" stroke-linecap="round"/>';
        }
        if (shape == 1) return '<rect x="138" y="150" width="44" height="8" rx="4" fill="#1b1b2f"/>';
        return '<circle cx="160" cy="156" r="9" fill="#1b1b2f"/>';
    }

    /// @dev s with every byte outside printable ASCII, and `"`, `%` and `\`, written as %XX.
    function _percentEncoded(string calldata s) private pure returns (string memory) {
        bytes calldata b = bytes(s);
        uint256 n = b.length;
        for (uint256 i = 0; i < b.length; i++) {
            if (_escaped(b[i])) n += 2;
        }
        bytes memory out = new bytes(n);
        bytes16 hexDigits = "0123456789ABCDEF";
        uint256 j = 0;
        for (uint256 i = 0; i < b.length; i++) {
            bytes1 c = b[i];
            if (_escaped(c)) {
                out[j++] = "%";
                out[j++] = hexDigits[uint8(c) >> 4];
                out[j++] = hexDigits[uint8(c) & 0x0f];
            } else {
                out[j++] = c;
            }
        }
        return string(out);
    }

    function _escaped(bytes1 c) private pure returns (bool) {
        return c < 0x20 || c >= 0x7f || c == '"' || c == "%" || c == "\\";
    }
}
