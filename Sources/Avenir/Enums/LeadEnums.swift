import AgencyCore

/// A lead's lifecycle tag (`lead_memory.current_tag`, `lead_actions.tag`), raw values
/// exactly as the seed writes them.
public enum LeadTag: String, SchemaEnum {
    /// New or actively pursued; the default.
    case active = "Active"
    /// Needs a follow-up.
    case followUp = "Follow-Up"
    /// Became a customer.
    case converted = "Converted"
    /// Put aside for later review (`archived = true`); a lifecycle state, not a deletion.
    case archived = "Archived"
    /// Soft-deleted (`deleted = true`).
    case deleted = "Deleted"
}

/// What a `lead_actions` row records (CHECK on `lead_actions.action_type`).
public enum LeadActionType: String, SchemaEnum {
    /// The lead was created (tag `Active`).
    case insert
    /// The lead's data changed (enrichment); the tag is unchanged.
    case update
    /// A tag was applied; `conversion_outcome` is true exactly when it is `Converted`.
    case tag
    /// The lead was archived (tag `Archived`).
    case archive
    /// The lead was soft-deleted (tag `Deleted`).
    case delete
    /// A conversion was reverted (`Converted` → `Active`) with a reason.
    case revert
}

/// Where a prospect outreach email stands (CHECK on `prospect_outreach_log.status`).
/// It only moves forward: `sent` → `opened` → `replied`, or `ignored`.
public enum OutreachStatus: String, SchemaEnum {
    /// Sent, not yet opened; the default.
    case sent
    /// Opened.
    case opened
    /// Answered (terminal).
    case replied
    /// Not answered (terminal).
    case ignored
}
