/// A change of a lead's lifecycle, each recorded by one `lead_actions` row.
public enum LeadTransition: Hashable, Sendable {
    /// Apply a tag: `Active`, `Follow-Up` or `Converted` (action `tag`). From `Archived`
    /// only `Active` (un-archiving); from `Converted` none — use ``revert(reason:)``.
    case tag(LeadTag)
    /// `Converted` → `Active`, with a non-empty reason (action `revert`).
    case revert(reason: String)
    /// Put the lead aside: `archived = true`, tag `Archived` (action `archive`).
    case archive
    /// Soft-delete the lead: `deleted = true`, tag `Deleted` (action `delete`). Terminal.
    case delete
}

/// Why a lifecycle change was refused. Nothing is written when one is thrown.
public enum LeadTransitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A new lead must start `Active`, neither archived nor deleted.
    case newLeadNotActive(state: LeadTag)
    /// The lead is deleted; nothing changes it any more.
    case leadDeleted
    /// The lead already is in that state.
    case unchanged(state: LeadTag)
    /// `Archived` and `Deleted` are not applied as tags; archive or delete the lead.
    case notATagTarget(LeadTag)
    /// A converted lead leaves `Converted` only by a revert with a reason.
    case convertedNeedsRevert(target: LeadTag)
    /// An archived lead can only be tagged `Active` again.
    case archivedOnlyBecomesActive(target: LeadTag)
    /// Only a converted lead can be reverted.
    case notConverted(state: LeadTag)
    /// A revert needs a reason that is not blank.
    case emptyReversionReason

    /// A sentence naming the refused change.
    public var description: String {
        switch self {
        case .newLeadNotActive(let state): return "a new lead starts Active, not \(state.rawValue)"
        case .leadDeleted: return "the lead is deleted and cannot change"
        case .unchanged(let state): return "the lead already is \(state.rawValue)"
        case .notATagTarget(let tag): return "\(tag.rawValue) is not applied as a tag; archive or delete the lead instead"
        case .convertedNeedsRevert(let target):
            return "a Converted lead becomes \(target.rawValue) only by a revert with a reason"
        case .archivedOnlyBecomesActive(let target): return "an Archived lead can be tagged Active, not \(target.rawValue)"
        case .notConverted(let state): return "only a Converted lead can be reverted; the lead is \(state.rawValue)"
        case .emptyReversionReason: return "a revert needs a non-empty reason"
        }
    }
}
