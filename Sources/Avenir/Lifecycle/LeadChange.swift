/// One lifecycle step, ready to write in one store batch: the lead as it becomes, its
/// action row, and whether the lead must be soft-deleted (stores set the `deleted` flag
/// only through a soft delete, never through an update).
public struct LeadChange: Hashable, Sendable {
    /// The lead after the change.
    public let lead: LeadMemory
    /// The `lead_actions` row that records it.
    public let action: LeadAction
    /// Whether the change soft-deletes the lead.
    public let softDeletes: Bool

    /// Creates a change.
    public init(lead: LeadMemory, action: LeadAction, softDeletes: Bool = false) {
        self.lead = lead
        self.action = action
        self.softDeletes = softDeletes
    }
}
