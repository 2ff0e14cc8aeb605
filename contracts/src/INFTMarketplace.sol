// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {PullPayments} from "./PullPayments.sol";

/// @notice Both INFT collections count each token's transfers (ERC721TransferNonces).
interface ITransferNonces {
    function transferNonce(uint256 tokenId) external view returns (uint64);
}

interface ICoCreators {
    function coCreators(uint256 tokenId) external view returns (uint256[] memory agentIds);
}

/// @title INFTMarketplace
/// @notice Fixed-price listings, paid in native S, for INFT agents and generated
/// tokens. Tokens stay with their sellers until sold (the marketplace only needs
/// approval). A listing whose token has moved since it was made is stale for
/// good, even if the token comes back: it can never be bought, and anyone may
/// cancel it. A listing whose approval was withdrawn cannot be bought until the
/// seller approves again. Each sale pays the platform fee in force when the
/// listing was made (a later `setFee` changes only later listings) and the
/// token's ERC-2981 royalty, which for a generated token made by several agents
/// is split among those agents' owners at the time of the sale; all proceeds are
/// withdrawn with `withdraw`.
contract INFTMarketplace is AccessControl, Pausable, PullPayments {
    /// @notice Denominator of fees and royalties.
    uint16 public constant BPS = 10_000;
    /// @notice The highest platform fee the admin may set, in basis points.
    uint16 public constant MAX_FEE_BPS = 1_000;

    /// @notice A listing; `listings(id)` returns its fields in this order.
    /// `transferNonce` is the token's transfer count when it was listed;
    /// `feeBps` the platform fee then, which its sale pays.
    /// @dev Fields are only ever appended, so `listings(id)` keeps its outputs'
    /// positions; the last four share one storage slot.
    struct Listing {
        address collection;
        uint256 tokenId;
        address seller;
        uint256 price;
        bool active;
        uint64 createdAt;
        uint64 transferNonce;
        uint16 feeBps;
    }

    /// @notice The INFTAgents collection.
    address public immutable agents;
    /// @notice The INFTGenerated collection.
    address public immutable generated;
    // feeBps, _lastListingId and feeRecipient share one storage slot: `list`
    // reads the fee with the id it counts up, `buy` the recipient alone.
    /// @notice The platform fee of new listings, in basis points of the price.
    uint16 public feeBps = 250;
    uint64 private _lastListingId;
    /// @notice Who receives the platform fee.
    address public feeRecipient;

    /// @notice Listings by id, counting from 1.
    mapping(uint256 listingId => Listing) public listings;
    mapping(address collection => mapping(uint256 tokenId => uint256 listingId)) private _current;

    event Listed(
        uint256 indexed listingId, address indexed collection, uint256 indexed tokenId, address seller, uint256 price
    );
    event ListingPriceUpdated(uint256 indexed listingId, uint256 price);
    event ListingCancelled(uint256 indexed listingId);
    event Sold(uint256 indexed listingId, address indexed buyer, uint256 price, uint256 fee, uint256 royalty);
    /// @notice A co-created token's sale paid `amount` of its royalty to `receiver`, the
    /// owner of co-creating agent `agentId` at the time of the sale (Sold follows).
    event RoyaltyPaid(uint256 indexed listingId, uint256 indexed agentId, address indexed receiver, uint256 amount);
    /// @notice The platform fee or its recipient changed.
    event FeeSet(uint16 feeBps, address feeRecipient);

    error UnsupportedCollection(address collection);
    error ZeroPrice();
    error ZeroAddress();
    error NotTokenOwner(address collection, uint256 tokenId, address caller);
    error MarketplaceNotApproved(address collection, uint256 tokenId);
    error AlreadyListed(uint256 listingId);
    error UnknownListing(uint256 listingId);
    error ListingNotActive(uint256 listingId);
    error NotSeller(uint256 listingId, address caller);
    error ListingStale(uint256 listingId);
    error WrongPayment(uint256 expected, uint256 sent);
    error CannotBuyOwnListing(uint256 listingId);
    error FeeTooHigh(uint16 feeBps, uint16 max);

    /// @param admin holds DEFAULT_ADMIN_ROLE (fee, pause).
    /// @param feeRecipient_ receives the platform fee.
    /// @param agents_ the INFTAgents collection.
    /// @param generated_ the INFTGenerated collection.
    constructor(address admin, address feeRecipient_, address agents_, address generated_) {
        if (admin == address(0) || feeRecipient_ == address(0) || agents_ == address(0) || generated_ == address(0)) {
            revert ZeroAddress();
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        feeRecipient = feeRecipient_;
        emit FeeSet(feeBps, feeRecipient_);
        agents = agents_;
        generated = generated_;
    }

    /// @notice Lists a token the caller owns for `price` wei, at the current `feeBps`. The marketplace
    /// must be approved for it. An open listing of the same token made before it last moved is
    /// closed (ListingCancelled).
    /// @return listingId the new listing.
    function list(address collection, uint256 tokenId, uint256 price)
        external
        whenNotPaused
        returns (uint256 listingId)
    {
        if (collection != agents && collection != generated) revert UnsupportedCollection(collection);
        if (price == 0) revert ZeroPrice();
        IERC721 token = IERC721(collection);
        if (token.ownerOf(tokenId) != msg.sender) revert NotTokenOwner(collection, tokenId, msg.sender);
        if (!_approved(token, tokenId, msg.sender)) revert MarketplaceNotApproved(collection, tokenId);
        uint256 previous = _current[collection][tokenId];
        if (previous != 0) {
            if (!_moved(listings[previous])) revert AlreadyListed(previous);
            // The token moved since that listing was made: close it visibly.
            listings[previous].active = false;
            emit ListingCancelled(previous);
        }

        listingId = ++_lastListingId;
        listings[listingId] = Listing(
            collection,
            tokenId,
            msg.sender,
            price,
            true,
            uint64(block.timestamp),
            ITransferNonces(collection).transferNonce(tokenId),
            feeBps
        );
        _current[collection][tokenId] = listingId;
        emit Listed(listingId, collection, tokenId, msg.sender, price);
    }

    /// @notice Changes an active listing's price. Seller only.
    function updatePrice(uint256 listingId, uint256 price) external whenNotPaused {
        Listing storage l = _activeListing(listingId);
        if (l.seller != msg.sender) revert NotSeller(listingId, msg.sender);
        if (price == 0) revert ZeroPrice();
        l.price = price;
        emit ListingPriceUpdated(listingId, price);
    }

    /// @notice Withdraws a listing. By its seller, or by anyone while it is stale.
    function cancel(uint256 listingId) external {
        Listing storage l = _activeListing(listingId);
        if (l.seller != msg.sender && !_isStale(l)) revert NotSeller(listingId, msg.sender);
        _close(listingId, l);
        emit ListingCancelled(listingId);
    }

    /// @notice Buys a listed token for exactly its price. The listing's fee goes to the platform's
    /// current fee recipient, the token's ERC-2981 royalty to its receiver (or, for a co-created
    /// token, split among its co-creating agents' owners) and the rest to the seller, all to withdraw.
    function buy(uint256 listingId) external payable whenNotPaused nonReentrant {
        Listing storage l = _activeListing(listingId);
        if (msg.value != l.price) revert WrongPayment(l.price, msg.value);
        if (_isStale(l)) revert ListingStale(listingId);
        if (l.seller == msg.sender) revert CannotBuyOwnListing(listingId);

        _close(listingId, l);
        (uint256 fee, uint256 royalty, address royaltyReceiver) = _split(l.collection, l.tokenId, l.price, l.feeBps);
        _credit(feeRecipient, fee);
        _payRoyalty(listingId, l, royalty, royaltyReceiver);
        _credit(l.seller, l.price - fee - royalty);
        IERC721(l.collection).safeTransferFrom(l.seller, msg.sender, l.tokenId);
        emit Sold(listingId, msg.sender, l.price, fee, royalty);
    }

    /// @notice Sets the platform fee of new listings and the recipient of every fee from now on. Admin only.
    function setFee(uint16 feeBps_, address feeRecipient_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_, MAX_FEE_BPS);
        if (feeRecipient_ == address(0)) revert ZeroAddress();
        feeBps = feeBps_;
        feeRecipient = feeRecipient_;
        emit FeeSet(feeBps_, feeRecipient_);
    }

    /// @notice Stops listing, repricing and buying. Cancelling and withdrawing go on.
    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts `pause`.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    /// @notice Whether a listing can be bought now: active, its token not moved since listing, and approved.
    function isBuyable(uint256 listingId) external view returns (bool) {
        Listing storage l = listings[listingId];
        return l.active && !_isStale(l);
    }

    /// @notice The token's open listing (possibly stale), or 0 if it has none.
    function currentListing(address collection, uint256 tokenId) external view returns (uint256) {
        return _current[collection][tokenId];
    }

    /// @notice How many listings were ever made; ids run from 1 to this.
    function listingCount() external view returns (uint256) {
        return _lastListingId;
    }

    /// @notice The fee and royalty the sale at `price` of a listing made now would pay, and who
    /// gets the royalty. A listing made earlier pays its own `feeBps` (see `listings`).
    function quote(address collection, uint256 tokenId, uint256 price)
        external
        view
        returns (uint256 fee, uint256 royalty, address royaltyReceiver)
    {
        return _split(collection, tokenId, price, feeBps);
    }

    function _split(address collection, uint256 tokenId, uint256 price, uint16 bps)
        private
        view
        returns (uint256 fee, uint256 royalty, address royaltyReceiver)
    {
        fee = price * bps / BPS;
        if (IERC165(collection).supportsInterface(type(IERC2981).interfaceId)) {
            (royaltyReceiver, royalty) = IERC2981(collection).royaltyInfo(tokenId, price);
            if (royaltyReceiver == address(0)) royalty = 0;
            if (royalty > price - fee) royalty = price - fee;
        }
    }

    /// @dev A generated token made by several agents splits its royalty equally among
    /// their owners now, the lead's owner taking the wei that do not divide; any other
    /// token pays its ERC-2981 receiver.
    function _payRoyalty(uint256 listingId, Listing storage l, uint256 royalty, address receiver) private {
        if (royalty != 0 && l.collection == generated) {
            uint256[] memory agentIds = ICoCreators(generated).coCreators(l.tokenId);
            uint256 n = agentIds.length;
            if (n > 1) {
                uint256 share = royalty / n;
                for (uint256 i; i < n; ++i) {
                    uint256 amount = i == 0 ? royalty - share * (n - 1) : share;
                    address owner = IERC721(agents).ownerOf(agentIds[i]);
                    _credit(owner, amount);
                    emit RoyaltyPaid(listingId, agentIds[i], owner, amount);
                }
                return;
            }
        }
        _credit(receiver, royalty);
    }

    function _activeListing(uint256 listingId) private view returns (Listing storage l) {
        l = listings[listingId];
        if (l.seller == address(0)) revert UnknownListing(listingId);
        if (!l.active) revert ListingNotActive(listingId);
    }

    function _close(uint256 listingId, Listing storage l) private {
        l.active = false;
        if (_current[l.collection][l.tokenId] == listingId) delete _current[l.collection][l.tokenId];
    }

    /// @dev Not buyable: the token moved since listing, or the approval is gone.
    function _isStale(Listing storage l) private view returns (bool) {
        return _moved(l) || !_approved(IERC721(l.collection), l.tokenId, l.seller);
    }

    /// @dev The token changed hands since the listing was made; it stays so for good.
    function _moved(Listing storage l) private view returns (bool) {
        return ITransferNonces(l.collection).transferNonce(l.tokenId) != l.transferNonce;
    }

    function _approved(IERC721 token, uint256 tokenId, address owner) private view returns (bool) {
        return token.getApproved(tokenId) == address(this) || token.isApprovedForAll(owner, address(this));
    }
}
