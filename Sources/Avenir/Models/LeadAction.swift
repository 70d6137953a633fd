import AgencyCore

/// One entry of a lead's immutable activity log (`lead_actions`): what happened to the
/// lead, the tag it got, and whether it was a conversion or a reverted one.
///
/// The table is append-only: stores refuse updates, soft deletes and direct purges; rows
/// leave only with their lead or client. ``LeadLifecycle`` writes every row.
public struct LeadAction: Model {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<LeadAction>
    /// The lead acted on; `NOT NULL` in AgencyKit.
    public var leadId: ID<LeadMemory>
    /// The owning client (tenant); `NOT NULL` in AgencyKit.
    public var clientId: ClientID
    /// What happened.
    public var actionType: LeadActionType
    /// The tag the lead has after the action.
    public var tag: LeadTag?
    /// True exactly for a tag change to `Converted`.
    public var conversionOutcome: Bool
    /// Why a conversion was reverted (revert actions only).
    public var reversionReason: String?
    /// Whether this is test data (the lead's flag).
    public var isTest: Bool
    /// When it happened; stamped by the store when `Timestamp/unassigned`.
    public var timestamp: Timestamp

    /// Creates an action row; every argument but lead, client and type has the database default.
    public init(
        id: ID<LeadAction> = .unassigned, leadId: ID<LeadMemory>, clientId: ClientID, actionType: LeadActionType,
        tag: LeadTag? = nil, conversionOutcome: Bool = false, reversionReason: String? = nil, isTest: Bool = false,
        timestamp: Timestamp = .unassigned
    ) {
        self.id = id
        self.leadId = leadId
        self.clientId = clientId
        self.actionType = actionType
        self.tag = tag
        self.conversionOutcome = conversionOutcome
        self.reversionReason = reversionReason
        self.isTest = isTest
        self.timestamp = timestamp
    }

    enum CodingKeys: String, CodingKey {
        case id
        case leadId = "lead_id"
        case clientId = "client_id"
        case actionType = "action_type"
        case tag
        case conversionOutcome = "conversion_outcome"
        case reversionReason = "reversion_reason"
        case isTest = "is_test"
        case timestamp
    }
}
