// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Multicall} from "@openzeppelin/contracts/utils/Multicall.sol";
import {PullPayments} from "./PullPayments.sol";
import {INFTGenerated} from "./INFTGenerated.sol";
import {ERC721TransferNonces} from "./ERC721TransferNonces.sol";
import {INFTAgentRenderer} from "./INFTAgentRenderer.sol";
import {IERC4906} from "@openzeppelin/contracts/interfaces/IERC4906.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title INFTAgents
/// @notice AI agents sold as NFT packages. Each agent carries credits; its owner,
/// or a paying subscriber, spends them by requesting generations, which the
/// relayer fulfils by minting an INFTGenerated token or fails with a refund.
/// Tiers: 0 Starter, 1 Pro, 2 Business, 3 Enterprise. Kinds: 0 Text, 1 Image.
/// Request status: 0 None, 1 Pending, 2 Fulfilled, 3 Failed (refunded).
/// Subscription terms and subscriptions belong to the owner who granted them:
/// they lapse when the agent changes hands, so a buyer gets its credits unencumbered.
/// `multicall(bytes[])` runs several calls to this contract in one transaction,
/// all or nothing, each as the caller: the relayer batches its fulfilments with it,
/// and a single eth_call can read many views. It is not payable, so no payment can
/// be counted twice.
/// Every agent has ERC-721 metadata from its mint, rendered on chain by
/// `renderer` (name, description, an SVG avatar, and its tier, level, credits and
/// generations as attributes); ERC-4906 `MetadataUpdate` tells marketplaces to
/// read it again when the agent evolves or is topped up.
/// Chat sessions: `openSession` escrows up to `creditCap` of the agent's credits
/// (a subscriber's from its quota too) for a conversation held off chain; the
/// relayer settles it once with the credits the replies used and the hash of its
/// transcript, and the rest goes back where it came from. A session nobody settled
/// by `reclaimableAt` (its expiry plus the grace period) can be reclaimed whole by
/// its user or the agent's owner, so no credit is stuck if the relayer is down.
/// Session status: 0 None, 1 Open, 2 Settled, 3 Reclaimed.
/// Collaborations: `requestCollaboration` asks for one request worked on by 2 to
/// `maxCollaborators` distinct agents the caller owns or rents, each paying
/// `generationCost(kind)` of its credits (all or nothing). It is a request like any
/// other (`requests(id)` names the first agent, the lead), fulfilled, failed (every
/// agent refunded its share) or cancelled the same way. Its output is minted with
/// every agent as a co-creator (`INFTGenerated.coCreators`); the learning modes,
/// skill transfer and knowledge share, mint nothing: they are fulfilled with the
/// student's (the lead's) new state document, which `evolveAgent` anchors.
/// Modes: 0 style fusion, 1 collaborative, 2 peer review, 3 swarm, 4 skill
/// transfer, 5 knowledge share.
contract INFTAgents is IERC4906, ERC721TransferNonces, AccessControl, Pausable, PullPayments, Multicall {
    /// @notice The role of the off-chain relayer that fulfils, fails and evolves.
    bytes32 public constant RELAYER_ROLE = keccak256("RELAYER_ROLE");

    uint8 public constant TIER_COUNT = 4;
    uint8 public constant KIND_COUNT = 2;
    uint8 public constant STATUS_NONE = 0;
    uint8 public constant STATUS_PENDING = 1;
    uint8 public constant STATUS_FULFILLED = 2;
    uint8 public constant STATUS_FAILED = 3;
    uint16 public constant BPS = 10_000;
    uint8 public constant SESSION_OPEN = 1;
    uint8 public constant SESSION_SETTLED = 2;
    uint8 public constant SESSION_RECLAIMED = 3;
    uint8 public constant MODE_COUNT = 6;
    /// @notice The first learning mode: modes from it on mint nothing.
    uint8 public constant MODE_SKILL_TRANSFER = 4;
    /// @notice The most agents `setMaxCollaborators` may allow.
    uint8 public constant COLLABORATORS_LIMIT = 32;

    struct Package {
        uint256 price;
        uint64 credits;
    }

    /// @notice A generation request; `requests(id)` returns its fields in this order.
    /// `expiresAt` is when its requester may cancel it: `createdAt` plus the
    /// `requestTimeout` in force when it was made, whatever the admin sets later.
    /// @dev Fields are only ever appended, so `requests(id)` keeps its outputs'
    /// positions; `createdAt` and `expiresAt` share one storage slot.
    struct Request {
        uint256 agentId;
        address requester;
        uint8 kind;
        uint8 status;
        uint64 creditsSpent;
        uint64 createdAt;
        uint64 expiresAt;
    }

    /// @dev What the contract keeps of an agent, in one storage slot.
    struct Agent {
        uint64 credits;
        uint8 tier;
        uint32 level;
        uint64 generations;
    }

    /// @notice A chat session; `sessions(id)` returns its fields in this order.
    /// `tokensPerCredit` and `reclaimableAt` are the chat terms in force when it
    /// opened, whatever the admin sets later. `fromSubscription` says its escrow
    /// came out of the user's subscription quota too.
    /// @dev Fields are only ever appended; three storage slots.
    struct Session {
        uint256 agentId;
        address user;
        uint64 creditCap;
        uint8 status;
        bool fromSubscription;
        uint64 creditsUsed;
        uint64 expiresAt;
        uint64 reclaimableAt;
        uint64 tokensPerCredit;
    }

    /// @dev The agents of a collaboration, lead first (agent ids fit 64 bits: they
    /// count from 1), and which of them were charged to the requester's subscription
    /// (bit i for agent i).
    struct Collaboration {
        uint8 mode;
        uint32 fromSubscription;
        uint64[] agentIds;
    }

    /// @dev `grantedAt` is the agent's transfer nonce when the terms were set.
    struct Terms {
        uint256 pricePerPeriod;
        uint64 period;
        uint64 creditsPerPeriod;
        uint64 grantedAt;
    }

    /// @dev `grantedAt` is the agent's transfer nonce when the subscription began.
    struct Subscription {
        uint64 expiresAt;
        uint64 creditsLeft;
        uint64 grantedAt;
    }

    /// @notice The collection the outputs are minted in.
    INFTGenerated public immutable generated;
    /// @notice Renders the agents' token URIs; the admin may replace it.
    INFTAgentRenderer public renderer;

    /// @notice Longest prompt accepted, in bytes of UTF-8.
    uint32 public maxPromptBytes = 2000;
    /// @notice Seconds after which the requester may cancel a pending request for a refund; a
    /// request keeps the timeout in force when it was made (`requests(id).expiresAt`).
    uint64 public requestTimeout = 1 hours;
    /// @notice Where the staking share of package revenue goes.
    address public stakingWallet;
    /// @notice Where the rest of package revenue goes.
    address public devWallet;
    /// @notice The staking wallet's share of package revenue, in basis points.
    uint16 public stakingShareBps = 5000;

    mapping(uint8 tier => Package) private _packages;
    mapping(uint8 kind => uint64) private _generationCost;
    mapping(uint256 agentId => Agent) private _agents;
    mapping(uint256 agentId => string) private _stateURIs;
    mapping(uint256 agentId => Terms) private _terms;
    mapping(uint256 agentId => mapping(address subscriber => Subscription)) private _subscriptions;
    mapping(uint256 requestId => bool) private _chargedToSubscription;
    mapping(uint256 requestId => Collaboration) private _collaborations;

    /// @notice Generation requests by id, counting from 1.
    mapping(uint256 requestId => Request) public requests;
    /// @notice Chat sessions by id, counting from 1.
    mapping(uint256 sessionId => Session) public sessions;

    /// @notice The price of talk: reply tokens (as the provider counts them) one
    /// credit pays for. A session is charged `ceil(tokens / tokensPerCredit)`.
    uint64 public chatTokensPerCredit = 1000;
    /// @notice Longest session a user may open, in seconds.
    uint64 public maxSessionDuration = 1 days;
    /// @notice Seconds after a session's expiry during which only the relayer may
    /// end it; after them its user may reclaim the whole escrow.
    uint64 public sessionGracePeriod = 1 hours;
    /// @notice The most agents one collaboration may bring together.
    uint8 public maxCollaborators = 8;

    uint256 private _lastAgentId;
    uint256 private _lastRequestId;
    uint256 private _lastSessionId;

    event PackagePurchased(uint256 indexed agentId, address indexed buyer, uint8 tier, uint64 credits, uint256 price);
    event CreditsAdded(uint256 indexed agentId, address indexed payer, uint64 credits, uint256 price);
    event GenerationRequested(
        uint256 indexed requestId,
        uint256 indexed agentId,
        address indexed requester,
        uint8 kind,
        string prompt,
        uint64 creditsSpent
    );
    event GenerationFulfilled(uint256 indexed requestId, uint256 indexed tokenId, string tokenURI);
    event GenerationFailed(uint256 indexed requestId, string reason, uint64 creditsRefunded);
    event AgentEvolved(uint256 indexed agentId, uint32 level, string stateURI);
    event SubscriptionTermsSet(uint256 indexed agentId, uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod);
    event Subscribed(uint256 indexed agentId, address indexed subscriber, uint64 expiresAt, uint256 paid);
    /// @notice A package's price or credits changed.
    event PackageSet(uint8 indexed tier, uint256 price, uint64 credits);
    /// @notice The credits a kind of generation costs changed.
    event GenerationCostSet(uint8 indexed kind, uint64 credits);
    /// @notice Limits on requests changed.
    event RequestLimitsSet(uint32 maxPromptBytes, uint64 requestTimeout);
    /// @notice The revenue split changed.
    event RevenueSplitSet(address stakingWallet, address devWallet, uint16 stakingShareBps);
    /// @notice The renderer of the agents' token URIs changed (BatchMetadataUpdate follows).
    event RendererSet(address renderer);
    /// @notice A chat session escrowed `creditCap` of the agent's credits until `expiresAt`.
    event SessionOpened(
        uint256 indexed sessionId, uint256 indexed agentId, address indexed user, uint64 creditCap, uint64 expiresAt
    );
    /// @notice The relayer ended a session: `creditsUsed` were spent, the rest refunded.
    event SessionSettled(uint256 indexed sessionId, uint64 creditsUsed, uint64 creditsRefunded, bytes32 transcriptHash);
    /// @notice Nobody settled a session in time; `by` took its whole escrow back.
    event SessionReclaimed(uint256 indexed sessionId, address indexed by, uint64 creditsRefunded);
    /// @notice The chat terms for sessions opened from now on changed.
    event ChatTermsSet(uint64 tokensPerCredit, uint64 maxSessionDuration, uint64 sessionGracePeriod);
    /// @notice A request worked on by several agents, lead first, each paying
    /// `creditsSpent / agentIds.length`. It takes the place of GenerationRequested.
    event CollaborationRequested(
        uint256 indexed requestId,
        address indexed requester,
        uint256[] agentIds,
        uint8 mode,
        uint8 kind,
        string prompt,
        uint64 creditsSpent
    );
    /// @notice The most agents one collaboration may bring together changed.
    event MaxCollaboratorsSet(uint8 maxCollaborators);

    error UnknownTier(uint8 tier);
    error UnknownKind(uint8 kind);
    error UnknownAgent(uint256 agentId);
    error UnknownRequest(uint256 requestId);
    error PackageUnavailable(uint8 tier);
    error WrongPayment(uint256 expected, uint256 sent);
    error EmptyPrompt();
    error PromptTooLong(uint256 length, uint256 max);
    error EmptyURI();
    error NotOwnerOrSubscriber(uint256 agentId, address caller);
    error NotAgentOwner(uint256 agentId, address caller);
    error SubscriptionExpired(uint256 agentId, address subscriber, uint64 expiredAt);
    error SubscriptionQuotaExceeded(uint256 agentId, address subscriber, uint64 creditsLeft, uint64 cost);
    error SubscriptionsDisabled(uint256 agentId);
    error InvalidTerms();
    error InsufficientCredits(uint256 agentId, uint64 available, uint64 required);
    error RequestNotPending(uint256 requestId, uint8 status);
    error NotRequester(uint256 requestId, address caller);
    error RequestNotExpired(uint256 requestId, uint64 expiresAt);
    error LevelNotIncreasing(uint256 agentId, uint32 current, uint32 level);
    error ZeroAddress();
    error InvalidShare(uint16 bps);
    error InvalidLimits();
    error UnknownSession(uint256 sessionId);
    error SessionNotOpen(uint256 sessionId, uint8 status);
    error InvalidSession(uint64 creditCap, uint64 duration);
    error CreditsOverCap(uint256 sessionId, uint64 creditsUsed, uint64 creditCap);
    error SessionNotReclaimable(uint256 sessionId, uint64 reclaimableAt);
    error NotSessionUserOrOwner(uint256 sessionId, address caller);
    error UnknownMode(uint8 mode);
    error CollaboratorCount(uint256 count, uint8 max);
    error DuplicateAgent(uint256 agentId);

    /// @param admin holds DEFAULT_ADMIN_ROLE (prices, costs, pause, roles).
    /// @param relayer holds RELAYER_ROLE.
    /// @param generated_ the INFTGenerated collection; its minter must be set to this contract.
    /// @param stakingWallet_ receives the staking share of package revenue.
    /// @param devWallet_ receives the rest.
    constructor(address admin, address relayer, INFTGenerated generated_, address stakingWallet_, address devWallet_)
        ERC721("INFT Agents", "INFT")
    {
        if (
            admin == address(0) || relayer == address(0) || address(generated_) == address(0)
                || stakingWallet_ == address(0) || devWallet_ == address(0)
        ) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RELAYER_ROLE, relayer);
        generated = generated_;
        stakingWallet = stakingWallet_;
        devWallet = devWallet_;
        emit RevenueSplitSet(stakingWallet_, devWallet_, stakingShareBps);
        renderer = new INFTAgentRenderer();
        _setPackage(0, 10 ether, 100);
        _setPackage(1, 45 ether, 500);
        _setPackage(2, 160 ether, 2_000);
        _setPackage(3, 700 ether, 10_000);
        _setGenerationCost(0, 1);
        _setGenerationCost(1, 5);
        emit ChatTermsSet(chatTokensPerCredit, maxSessionDuration, sessionGracePeriod);
    }

    // ---------------------------------------------------------------- buying

    /// @notice Buys a new agent of `tier` for exactly `packagePrice(tier)` wei.
    /// @return agentId the new agent, minted to the caller with the tier's credits.
    function purchasePackage(uint8 tier) external payable whenNotPaused nonReentrant returns (uint256 agentId) {
        Package memory p = _paidPackage(tier);
        agentId = ++_lastAgentId;
        _agents[agentId] = Agent({credits: p.credits, tier: tier, level: 0, generations: 0});
        _splitRevenue(msg.value);
        // Logged before the mint so that it precedes anything the buyer's
        // onERC721Received does with the new agent.
        emit PackagePurchased(agentId, msg.sender, tier, p.credits, p.price);
        _safeMint(msg.sender, agentId);
    }

    /// @notice Adds the credits of `tier` to an agent for exactly `packagePrice(tier)` wei. Anyone may pay.
    function topUp(uint256 agentId, uint8 tier) external payable whenNotPaused nonReentrant {
        _requireAgent(agentId);
        Package memory p = _paidPackage(tier);
        _agents[agentId].credits += p.credits;
        _splitRevenue(msg.value);
        emit CreditsAdded(agentId, msg.sender, p.credits, p.price);
        emit MetadataUpdate(agentId);
    }

    // ------------------------------------------------------------ generation

    /// @notice Asks the relayer for a generation, paying `generationCost(kind)` of the agent's credits.
    /// @dev By the agent's owner, or by a subscriber within its quota and period.
    /// @param prompt UTF-8, 1 to `maxPromptBytes` bytes.
    /// @return requestId the new request, Pending until fulfilled, failed or cancelled.
    function requestGeneration(uint256 agentId, uint8 kind, string calldata prompt)
        external
        whenNotPaused
        returns (uint256 requestId)
    {
        address owner = _requireAgent(agentId);
        uint64 cost = _cost(kind, prompt);
        (bool bySubscriber,) = _spend(agentId, owner, cost);
        requestId = _newRequest(agentId, kind, cost);
        if (bySubscriber) _chargedToSubscription[requestId] = true;
        emit GenerationRequested(requestId, agentId, msg.sender, kind, prompt, cost);
    }

    /// @notice Asks the relayer for one generation worked on by several agents in `mode`,
    /// each paying `generationCost(kind)` of its credits: the caller must own each
    /// agent or rent it within its quota and period, and own the lead (the student) in
    /// the learning modes. All or nothing.
    /// @param agentIds 2 to `maxCollaborators` distinct agents, the lead first.
    /// @param prompt UTF-8, 1 to `maxPromptBytes` bytes.
    /// @return requestId the new request, Pending until fulfilled, failed or cancelled.
    function requestCollaboration(uint256[] calldata agentIds, uint8 mode, uint8 kind, string calldata prompt)
        external
        whenNotPaused
        returns (uint256 requestId)
    {
        uint256 n = agentIds.length;
        if (n < 2 || n > maxCollaborators) revert CollaboratorCount(n, maxCollaborators);
        if (mode >= MODE_COUNT) revert UnknownMode(mode);
        uint64 share = _cost(kind, prompt);
        if (mode >= MODE_SKILL_TRANSFER && _requireAgent(agentIds[0]) != msg.sender) {
            revert NotAgentOwner(agentIds[0], msg.sender);
        }
        requestId = _newRequest(agentIds[0], kind, share * uint64(n));
        Collaboration storage c = _collaborations[requestId];
        c.mode = mode;
        uint32 fromSubscription;
        for (uint256 i; i < n; ++i) {
            uint256 id = agentIds[i];
            for (uint256 j; j < i; ++j) {
                if (agentIds[j] == id) revert DuplicateAgent(id);
            }
            (bool bySubscriber,) = _spend(id, _requireAgent(id), share);
            if (bySubscriber) fromSubscription |= uint32(1 << i);
            c.agentIds.push(uint64(id)); // ids count from 1: an existing agent's fits
        }
        c.fromSubscription = fromSubscription;
        emit CollaborationRequested(requestId, msg.sender, agentIds, mode, kind, prompt, share * uint64(n));
    }

    /// @notice Fulfils a pending request by minting its output to the requester. Relayer only.
    /// A collaboration's output names every agent as a co-creator; a learning
    /// collaboration mints nothing (`tokenId` 0) and `uri` is the student's new state.
    /// @param uri the output's metadata, `ipfs://<metadata CID>`.
    /// @return tokenId the INFTGenerated token minted.
    function fulfillGeneration(uint256 requestId, string calldata uri)
        external
        onlyRole(RELAYER_ROLE)
        nonReentrant
        returns (uint256 tokenId)
    {
        if (bytes(uri).length == 0) revert EmptyURI();
        Request storage r = _pendingRequest(requestId);
        r.status = STATUS_FULFILLED;
        Collaboration storage c = _collaborations[requestId];
        uint256 n = c.agentIds.length;
        if (n == 0 || c.mode < MODE_SKILL_TRANSFER) {
            _agents[r.agentId].generations++;
            for (uint256 i = 1; i < n; ++i) {
                _agents[c.agentIds[i]].generations++;
            }
            tokenId = generated.mint(r.requester, r.agentId, requestId, _ownerOf(r.agentId), uri);
        }
        emit GenerationFulfilled(requestId, tokenId, uri);
    }

    /// @notice Fails a pending request and refunds its credits to the agent. Relayer only.
    /// @param reason why, for the requester to read.
    function failGeneration(uint256 requestId, string calldata reason) external onlyRole(RELAYER_ROLE) {
        _refund(requestId, _pendingRequest(requestId), reason);
    }

    /// @notice Lets the requester take back the credits of a request nobody answered within the
    /// `requestTimeout` in force when it was made (its `expiresAt`).
    function cancelExpired(uint256 requestId) external {
        Request storage r = _pendingRequest(requestId);
        if (r.requester != msg.sender) revert NotRequester(requestId, msg.sender);
        uint64 expiresAt = r.expiresAt;
        if (block.timestamp < expiresAt) revert RequestNotExpired(requestId, expiresAt);
        _refund(requestId, r, "expired: cancelled by requester");
    }

    /// @notice Anchors an agent's learned state on chain. Relayer only; levels never go
    /// down, and the same level anchors a new state (what a learning collaboration taught).
    /// @param stateURI the state document, `ipfs://<CID>`.
    function evolveAgent(uint256 agentId, uint32 level, string calldata stateURI) external onlyRole(RELAYER_ROLE) {
        _requireAgent(agentId);
        if (bytes(stateURI).length == 0) revert EmptyURI();
        Agent storage a = _agents[agentId];
        uint32 current = a.level;
        if (level < current || level == 0) revert LevelNotIncreasing(agentId, current, level);
        a.level = level;
        _stateURIs[agentId] = stateURI;
        emit AgentEvolved(agentId, level, stateURI);
        emit MetadataUpdate(agentId);
    }

    // ------------------------------------------------------------------ chat

    /// @notice Opens a chat session with an agent, escrowing `creditCap` of its credits
    /// for at most `duration` seconds (`maxSessionDuration`, and never past a
    /// subscriber's subscription). By the agent's owner, or a subscriber within its quota.
    /// @return sessionId the new session, Open until settled or reclaimed.
    function openSession(uint256 agentId, uint64 creditCap, uint64 duration)
        external
        whenNotPaused
        returns (uint256 sessionId)
    {
        address owner = _requireAgent(agentId);
        if (creditCap == 0 || duration == 0 || duration > maxSessionDuration) revert InvalidSession(creditCap, duration);
        (bool bySubscriber, uint64 subscriptionEnds) = _spend(agentId, owner, creditCap);
        uint64 expiresAt = uint64(block.timestamp) + duration;
        if (bySubscriber && subscriptionEnds < expiresAt) expiresAt = subscriptionEnds;
        sessionId = ++_lastSessionId;
        sessions[sessionId] = Session({
            agentId: agentId,
            user: msg.sender,
            creditCap: creditCap,
            status: SESSION_OPEN,
            fromSubscription: bySubscriber,
            creditsUsed: 0,
            expiresAt: expiresAt,
            reclaimableAt: expiresAt + sessionGracePeriod,
            tokensPerCredit: chatTokensPerCredit
        });
        emit SessionOpened(sessionId, agentId, msg.sender, creditCap, expiresAt);
    }

    /// @notice Ends an open session: `creditsUsed` of its escrow are spent, the rest goes
    /// back to the agent (and to the subscriber's quota while its subscription lasts).
    /// Relayer only, once; also after expiry, until someone reclaims it.
    /// @param transcriptHash commits to the session's ordered messages and their charges.
    function settleSession(uint256 sessionId, uint64 creditsUsed, bytes32 transcriptHash)
        external
        onlyRole(RELAYER_ROLE)
    {
        Session storage s = _openSession(sessionId);
        uint64 cap = s.creditCap;
        if (creditsUsed > cap) revert CreditsOverCap(sessionId, creditsUsed, cap);
        s.status = SESSION_SETTLED;
        s.creditsUsed = creditsUsed;
        uint64 refund = cap - creditsUsed;
        _return(s.agentId, s.user, s.fromSubscription, refund);
        emit SessionSettled(sessionId, creditsUsed, refund, transcriptHash);
    }

    /// @notice Takes back the whole escrow of a session nobody settled by its
    /// `reclaimableAt`. By its user or the agent's current owner.
    function reclaimSession(uint256 sessionId) external {
        Session storage s = _openSession(sessionId);
        uint256 agentId = s.agentId;
        address user = s.user;
        if (msg.sender != user && msg.sender != _ownerOf(agentId)) revert NotSessionUserOrOwner(sessionId, msg.sender);
        if (block.timestamp < s.reclaimableAt) revert SessionNotReclaimable(sessionId, s.reclaimableAt);
        s.status = SESSION_RECLAIMED;
        uint64 refund = s.creditCap;
        _return(agentId, user, s.fromSubscription, refund);
        emit SessionReclaimed(sessionId, msg.sender, refund);
    }

    // --------------------------------------------------------- subscriptions

    /// @notice Offers the agent's use for rent: each period costs `pricePerPeriod` wei
    /// and lets the subscriber spend up to `creditsPerPeriod` of the agent's credits.
    /// A period of 0 stops new subscriptions. Agent owner only; terms lapse when the agent changes hands.
    function setSubscriptionTerms(uint256 agentId, uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
        external
    {
        address owner = _requireAgent(agentId);
        if (msg.sender != owner) revert NotAgentOwner(agentId, msg.sender);
        if (period != 0 && creditsPerPeriod == 0) revert InvalidTerms();
        _terms[agentId] = Terms(pricePerPeriod, period, creditsPerPeriod, transferNonce(agentId));
        emit SubscriptionTermsSet(agentId, pricePerPeriod, period, creditsPerPeriod);
    }

    /// @notice Rents an agent for one period at exactly its price; renewing early adds a period and its quota.
    /// The payment goes to the agent's owner, to withdraw. The subscription ends
    /// early if the agent changes hands.
    function subscribe(uint256 agentId) external payable whenNotPaused nonReentrant {
        address owner = _requireAgent(agentId);
        uint64 nonce = transferNonce(agentId);
        Terms memory t = _terms[agentId];
        if (t.period == 0 || t.grantedAt != nonce) revert SubscriptionsDisabled(agentId);
        if (msg.value != t.pricePerPeriod) revert WrongPayment(t.pricePerPeriod, msg.value);
        Subscription storage s = _subscriptions[agentId][msg.sender];
        if (s.expiresAt > block.timestamp && s.grantedAt == nonce) {
            s.expiresAt += t.period;
            s.creditsLeft += t.creditsPerPeriod;
        } else {
            s.expiresAt = uint64(block.timestamp) + t.period;
            s.creditsLeft = t.creditsPerPeriod;
            s.grantedAt = nonce;
        }
        _credit(owner, msg.value);
        emit Subscribed(agentId, msg.sender, s.expiresAt, msg.value);
    }

    // ------------------------------------------------------------------ admin

    /// @notice Sets a tier's price in wei and its credits; 0 credits withdraws the package from sale.
    function setPackage(uint8 tier, uint256 price, uint64 credits_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (tier >= TIER_COUNT) revert UnknownTier(tier);
        _setPackage(tier, price, credits_);
    }

    /// @notice Sets the credits a kind of generation costs.
    function setGenerationCost(uint8 kind, uint64 cost) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (kind >= KIND_COUNT) revert UnknownKind(kind);
        _setGenerationCost(kind, cost);
    }

    /// @notice Sets the longest prompt and the timeout after which requesters may cancel the
    /// requests made from now on.
    function setRequestLimits(uint32 maxPromptBytes_, uint64 requestTimeout_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (maxPromptBytes_ == 0 || requestTimeout_ == 0) revert InvalidLimits();
        maxPromptBytes = maxPromptBytes_;
        requestTimeout = requestTimeout_;
        emit RequestLimitsSet(maxPromptBytes_, requestTimeout_);
    }

    /// @notice Sets where package revenue goes and the staking share in basis points.
    function setRevenueSplit(address stakingWallet_, address devWallet_, uint16 stakingShareBps_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (stakingWallet_ == address(0) || devWallet_ == address(0)) revert ZeroAddress();
        if (stakingShareBps_ > BPS) revert InvalidShare(stakingShareBps_);
        stakingWallet = stakingWallet_;
        devWallet = devWallet_;
        stakingShareBps = stakingShareBps_;
        emit RevenueSplitSet(stakingWallet_, devWallet_, stakingShareBps_);
    }

    /// @notice Sets the chat terms for the sessions opened from now on: reply tokens per
    /// credit, the longest session and the grace period before a user may reclaim.
    function setChatTerms(uint64 tokensPerCredit, uint64 maxSessionDuration_, uint64 sessionGracePeriod_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (tokensPerCredit == 0 || maxSessionDuration_ == 0 || maxSessionDuration_ > 365 days
                || sessionGracePeriod_ > 365 days) revert InvalidLimits();
        chatTokensPerCredit = tokensPerCredit;
        maxSessionDuration = maxSessionDuration_;
        sessionGracePeriod = sessionGracePeriod_;
        emit ChatTermsSet(tokensPerCredit, maxSessionDuration_, sessionGracePeriod_);
    }

    /// @notice Sets the most agents one collaboration may bring together, 2 to `COLLABORATORS_LIMIT`.
    function setMaxCollaborators(uint8 max) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (max < 2 || max > COLLABORATORS_LIMIT) revert InvalidLimits();
        maxCollaborators = max;
        emit MaxCollaboratorsSet(max);
    }

    /// @notice Replaces the renderer of the agents' token URIs; every agent's metadata changes.
    function setRenderer(INFTAgentRenderer renderer_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(renderer_) == address(0)) revert ZeroAddress();
        renderer = renderer_;
        emit RendererSet(address(renderer_));
        if (_lastAgentId != 0) emit BatchMetadataUpdate(1, _lastAgentId);
    }

    /// @notice Stops purchases, top-ups, requests and subscriptions. Fulfilment, failure and
    /// cancellation go on, so no credits are stuck while paused.
    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts `pause`.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @notice The price of a tier's package, in wei.
    function packagePrice(uint8 tier) external view returns (uint256) {
        if (tier >= TIER_COUNT) revert UnknownTier(tier);
        return _packages[tier].price;
    }

    /// @notice The credits a tier's package grants.
    function packageCredits(uint8 tier) external view returns (uint64) {
        if (tier >= TIER_COUNT) revert UnknownTier(tier);
        return _packages[tier].credits;
    }

    /// @notice The credits a generation of `kind` costs.
    function generationCost(uint8 kind) external view returns (uint64) {
        if (kind >= KIND_COUNT) revert UnknownKind(kind);
        return _generationCost[kind];
    }

    /// @notice An agent's credits left.
    function credits(uint256 agentId) external view returns (uint64) {
        _requireAgent(agentId);
        return _agents[agentId].credits;
    }

    /// @notice The tier an agent was bought as.
    function tierOf(uint256 agentId) external view returns (uint8) {
        _requireAgent(agentId);
        return _agents[agentId].tier;
    }

    /// @notice An agent's level, anchored by `evolveAgent`; 0 until it first evolves.
    function levelOf(uint256 agentId) external view returns (uint32) {
        _requireAgent(agentId);
        return _agents[agentId].level;
    }

    /// @notice How many of an agent's generations were fulfilled (minted).
    function generationsOf(uint256 agentId) external view returns (uint64) {
        _requireAgent(agentId);
        return _agents[agentId].generations;
    }

    /// @notice An agent's state document URI, anchored by `evolveAgent`; empty until it first evolves.
    function stateURIOf(uint256 agentId) external view returns (string memory) {
        _requireAgent(agentId);
        return _stateURIs[agentId];
    }

    /// @notice An agent's ERC-721 metadata, rendered on chain from its mint:
    /// `data:application/json;base64,…` with its name, description, SVG avatar,
    /// and its tier, level, credits and generations as they are now (attributes),
    /// and its state document (`state_uri`) once it evolved.
    function tokenURI(uint256 agentId) public view override returns (string memory) {
        _requireAgent(agentId);
        Agent memory a = _agents[agentId];
        return renderer.tokenURI(agentId, a.tier, a.level, a.credits, a.generations, _stateURIs[agentId]);
    }

    /// @notice An agent's subscription terms; all zero when none are offered by its current owner.
    function subscriptionTerms(uint256 agentId)
        external
        view
        returns (uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
    {
        Terms memory t = _terms[agentId];
        if (t.grantedAt != transferNonce(agentId)) return (0, 0, 0);
        return (t.pricePerPeriod, t.period, t.creditsPerPeriod);
    }

    /// @notice When a subscriber's rental of an agent ends and the credits it may still spend;
    /// all zero if it never subscribed or the agent changed hands since.
    function subscriptionOf(uint256 agentId, address subscriber)
        external
        view
        returns (uint64 expiresAt, uint64 creditsLeft)
    {
        Subscription memory s = _subscriptions[agentId][subscriber];
        if (s.grantedAt != transferNonce(agentId)) return (0, 0);
        return (s.expiresAt, s.creditsLeft);
    }

    /// @notice A collaboration's mode and agents, lead first; no agents for a request of one agent.
    function collaborationOf(uint256 requestId) external view returns (uint8 mode, uint256[] memory agentIds) {
        Collaboration storage c = _collaborations[requestId];
        uint256 n = c.agentIds.length;
        agentIds = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            agentIds[i] = c.agentIds[i];
        }
        return (c.mode, agentIds);
    }

    /// @notice How many agents were ever sold; ids run from 1 to this.
    function agentCount() external view returns (uint256) {
        return _lastAgentId;
    }

    /// @notice How many requests were ever made; ids run from 1 to this.
    function requestCount() external view returns (uint256) {
        return _lastRequestId;
    }

    /// @notice How many chat sessions were ever opened; ids run from 1 to this.
    function sessionCount() external view returns (uint256) {
        return _lastSessionId;
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(ERC721, AccessControl, IERC165)
        returns (bool)
    {
        return interfaceId == bytes4(0x49064906) || super.supportsInterface(interfaceId);
    }

    // --------------------------------------------------------------- internal

    function _paidPackage(uint8 tier) private view returns (Package memory p) {
        if (tier >= TIER_COUNT) revert UnknownTier(tier);
        p = _packages[tier];
        if (p.credits == 0) revert PackageUnavailable(tier);
        if (msg.value != p.price) revert WrongPayment(p.price, msg.value);
    }

    function _splitRevenue(uint256 amount) private {
        uint256 staking = amount * stakingShareBps / BPS;
        _credit(stakingWallet, staking);
        _credit(devWallet, amount - staking);
    }

    function _requireAgent(uint256 agentId) private view returns (address owner) {
        owner = _ownerOf(agentId);
        if (owner == address(0)) revert UnknownAgent(agentId);
    }

    /// @dev Takes `cost` of an agent's credits for the caller: its owner, or a
    /// subscriber within its quota and period (whose subscription end it returns).
    function _spend(uint256 agentId, address owner, uint64 cost)
        private
        returns (bool bySubscriber, uint64 subscriptionEnds)
    {
        bySubscriber = msg.sender != owner;
        if (bySubscriber) {
            Subscription storage s = _subscriptions[agentId][msg.sender];
            subscriptionEnds = s.expiresAt;
            if (subscriptionEnds == 0 || s.grantedAt != transferNonce(agentId)) {
                revert NotOwnerOrSubscriber(agentId, msg.sender);
            }
            if (subscriptionEnds <= block.timestamp) revert SubscriptionExpired(agentId, msg.sender, subscriptionEnds);
            if (s.creditsLeft < cost) revert SubscriptionQuotaExceeded(agentId, msg.sender, s.creditsLeft, cost);
            s.creditsLeft -= cost;
        }
        Agent storage a = _agents[agentId];
        uint64 available = a.credits;
        if (available < cost) revert InsufficientCredits(agentId, available, cost);
        a.credits = available - cost;
    }

    /// @dev Gives `amount` credits back to an agent, and to the user's subscription
    /// quota if they came from it and the subscription still runs.
    function _return(uint256 agentId, address user, bool fromSubscription, uint64 amount) private {
        _agents[agentId].credits += amount;
        if (fromSubscription) {
            Subscription storage s = _subscriptions[agentId][user];
            if (s.expiresAt > block.timestamp && s.grantedAt == transferNonce(agentId)) s.creditsLeft += amount;
        }
    }

    function _openSession(uint256 sessionId) private view returns (Session storage s) {
        s = sessions[sessionId];
        if (s.status == 0) revert UnknownSession(sessionId);
        if (s.status != SESSION_OPEN) revert SessionNotOpen(sessionId, s.status);
    }

    function _pendingRequest(uint256 requestId) private view returns (Request storage r) {
        r = requests[requestId];
        if (r.status == STATUS_NONE) revert UnknownRequest(requestId);
        if (r.status != STATUS_PENDING) revert RequestNotPending(requestId, r.status);
    }

    /// @dev Checks a request's kind and prompt and returns what it costs each agent.
    function _cost(uint8 kind, string calldata prompt) private view returns (uint64) {
        if (kind >= KIND_COUNT) revert UnknownKind(kind);
        uint256 length = bytes(prompt).length;
        if (length == 0) revert EmptyPrompt();
        if (length > maxPromptBytes) revert PromptTooLong(length, maxPromptBytes);
        return _generationCost[kind];
    }

    /// @dev Records a new pending request by the caller, paid already.
    function _newRequest(uint256 agentId, uint8 kind, uint64 cost) private returns (uint256 requestId) {
        requestId = ++_lastRequestId;
        // Saturates rather than reverts: a huge timeout means never, not no requests.
        uint256 expiresAt = block.timestamp + requestTimeout;
        if (expiresAt > type(uint64).max) expiresAt = type(uint64).max;
        requests[requestId] = Request({
            agentId: agentId,
            requester: msg.sender,
            kind: kind,
            status: STATUS_PENDING,
            creditsSpent: cost,
            createdAt: uint64(block.timestamp),
            expiresAt: uint64(expiresAt)
        });
    }

    /// @dev Fails a request and gives every agent its share back.
    function _refund(uint256 requestId, Request storage r, string memory reason) private {
        r.status = STATUS_FAILED;
        uint64 amount = r.creditsSpent;
        Collaboration storage c = _collaborations[requestId];
        uint256 n = c.agentIds.length;
        if (n == 0) {
            _return(r.agentId, r.requester, _chargedToSubscription[requestId], amount);
        } else {
            uint32 fromSubscription = c.fromSubscription;
            for (uint256 i; i < n; ++i) {
                _return(c.agentIds[i], r.requester, fromSubscription & (1 << i) != 0, amount / uint64(n));
            }
        }
        emit GenerationFailed(requestId, reason, amount);
    }

    function _setPackage(uint8 tier, uint256 price, uint64 credits_) private {
        _packages[tier] = Package(price, credits_);
        emit PackageSet(tier, price, credits_);
    }

    function _setGenerationCost(uint8 kind, uint64 cost) private {
        _generationCost[kind] = cost;
        emit GenerationCostSet(kind, cost);
    }
}
