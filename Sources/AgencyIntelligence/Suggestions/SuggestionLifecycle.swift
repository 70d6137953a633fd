import AgencyCore
import AgencyOS

/// Why a suggestion status change was refused.
public enum SuggestionTransitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The change is not in the state machine (e.g. rejected → approved, pending → applied).
    case illegalTransition(from: SuggestionStatus, to: SuggestionStatus)
    /// The suggestion expired (`now ≥ expires_at`); only the expiry sweep may move it now.
    case expired(expiresAt: Timestamp)
    /// An expiry was requested before `expires_at`.
    case notYetExpired(expiresAt: Timestamp)
    /// The suggestion is soft-deleted.
    case deleted
    /// The suggestion has not been stored yet (its id is unassigned), so no history row can name it.
    case unsaved

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .illegalTransition(let from, let to): return "a suggestion cannot go from \(from.rawValue) to \(to.rawValue)"
        case .expired(let at): return "the suggestion expired at \(at)"
        case .notYetExpired(let at): return "the suggestion does not expire until \(at)"
        case .deleted: return "the suggestion is deleted"
        case .unsaved: return "the suggestion has no id yet; store it first"
        }
    }
}

/// A status change: the updated suggestion and its audit row, to be written in one transaction.
public struct SuggestionTransition: Hashable, Sendable {
    /// The suggestion after the change.
    public var suggestion: CampaignSuggestion
    /// The `campaign_suggestion_history` row (old, new, actor, reason, changed_at = now).
    public var history: CampaignSuggestionHistory

    /// Creates a transition.
    public init(suggestion: CampaignSuggestion, history: CampaignSuggestionHistory) {
        self.suggestion = suggestion
        self.history = history
    }
}

/// The campaign-suggestion state machine, enforced (the reference allowed any change and
/// wrote no history, D#15):
///
/// ```
/// pending ──approve──▶ approved ──apply──▶ applied
///    │  └──reject──▶ rejected        │
///    └──expire──▶ expired ◀──expire──┘
/// ```
///
/// Approve, reject and apply need a live, unexpired suggestion (`now < expires_at`). Expiry
/// happens at or after `expires_at`, from pending **and from approved**: an approval that was
/// never applied goes stale with the patterns behind it (patterns are valid 14 days, as are
/// suggestions), so it must be regenerated rather than applied late. rejected, applied and
/// expired are final. Every change returns the history row to write with it.
public enum SuggestionLifecycle {
    /// The statuses each status may move to.
    public static let allowedTransitions: [SuggestionStatus: Set<SuggestionStatus>] = [
        .pending: [.approved, .rejected, .expired],
        .approved: [.applied, .expired],
        .rejected: [], .applied: [], .expired: [],
    ]

    /// Whether `from → to` is in the state machine.
    public static func canTransition(from: SuggestionStatus, to: SuggestionStatus) -> Bool {
        allowedTransitions[from]?.contains(to) ?? false
    }

    /// The creation audit row (no old status → pending).
    ///
    /// - Throws: ``SuggestionTransitionError/unsaved`` when the suggestion has no id.
    public static func creationRecord(for suggestion: CampaignSuggestion, at now: Timestamp) throws -> CampaignSuggestionHistory {
        guard !suggestion.id.isUnassigned else { throw SuggestionTransitionError.unsaved }
        return CampaignSuggestionHistory(suggestionId: suggestion.id, oldStatus: nil, newStatus: suggestion.status,
                                         changedBy: nil, changeReason: "generated", changedAt: now)
    }

    /// pending → approved: sets `reviewed_at`, `reviewed_by` and `client_notes` (when non-empty).
    ///
    /// - Throws: ``SuggestionTransitionError``.
    public static func approve(_ suggestion: CampaignSuggestion, by user: ID<User>, notes: String? = nil,
                               at now: Timestamp) throws -> SuggestionTransition {
        try transition(suggestion, to: .approved, by: user, reason: nonEmpty(notes), at: now) { updated in
            updated.reviewedAt = now
            updated.reviewedBy = user
            if let notes = nonEmpty(notes) { updated.clientNotes = notes }
        }
    }

    /// pending → rejected: sets `reviewed_at`, `reviewed_by` and `rejection_reason` (when non-empty).
    ///
    /// - Throws: ``SuggestionTransitionError``.
    public static func reject(_ suggestion: CampaignSuggestion, by user: ID<User>, reason: String? = nil,
                              at now: Timestamp) throws -> SuggestionTransition {
        try transition(suggestion, to: .rejected, by: user, reason: nonEmpty(reason), at: now) { updated in
            updated.reviewedAt = now
            updated.reviewedBy = user
            if let reason = nonEmpty(reason) { updated.rejectionReason = reason }
        }
    }

    /// approved → applied: sets `applied_at`.
    ///
    /// - Throws: ``SuggestionTransitionError``.
    public static func markApplied(_ suggestion: CampaignSuggestion, by user: ID<User>? = nil, note: String? = nil,
                                   at now: Timestamp) throws -> SuggestionTransition {
        try transition(suggestion, to: .applied, by: user, reason: nonEmpty(note), at: now) { updated in
            updated.appliedAt = now
        }
    }

    /// pending or approved → expired, at or after `expires_at` (changed by the system).
    ///
    /// - Throws: ``SuggestionTransitionError``.
    public static func expire(_ suggestion: CampaignSuggestion, at now: Timestamp) throws -> SuggestionTransition {
        guard canTransition(from: suggestion.status, to: .expired) else {
            throw SuggestionTransitionError.illegalTransition(from: suggestion.status, to: .expired)
        }
        guard suggestion.expiresAt <= now else { throw SuggestionTransitionError.notYetExpired(expiresAt: suggestion.expiresAt) }
        return try transition(suggestion, to: .expired, by: nil, reason: "expired", at: now) { _ in }
    }

    /// The expiry sweep: every live pending or approved suggestion with `expires_at ≤ now`,
    /// expired, in input order.
    public static func expireDue(_ suggestions: [CampaignSuggestion], at now: Timestamp) -> [SuggestionTransition] {
        suggestions.compactMap { suggestion in
            guard suggestion.deletedAt == nil, suggestion.status == .pending || suggestion.status == .approved,
                  suggestion.expiresAt <= now else { return nil }
            return try? expire(suggestion, at: now)
        }
    }

    /// Whether the suggestion can still be reviewed: pending, live and `now < expires_at`
    /// (the reference's `is_actionable`).
    public static func isActionable(_ suggestion: CampaignSuggestion, at now: Timestamp) -> Bool {
        suggestion.status == .pending && suggestion.deletedAt == nil && now < suggestion.expiresAt
    }

    private static func transition(_ suggestion: CampaignSuggestion, to status: SuggestionStatus, by actor: ID<User>?,
                                   reason: String?, at now: Timestamp,
                                   apply: (inout CampaignSuggestion) -> Void) throws -> SuggestionTransition {
        guard suggestion.deletedAt == nil else { throw SuggestionTransitionError.deleted }
        guard !suggestion.id.isUnassigned else { throw SuggestionTransitionError.unsaved }
        guard canTransition(from: suggestion.status, to: status) else {
            throw SuggestionTransitionError.illegalTransition(from: suggestion.status, to: status)
        }
        if status != .expired, suggestion.expiresAt <= now {
            throw SuggestionTransitionError.expired(expiresAt: suggestion.expiresAt)
        }
        var updated = suggestion
        updated.status = status
        updated.updatedAt = now
        apply(&updated)
        let history = CampaignSuggestionHistory(suggestionId: suggestion.id, oldStatus: suggestion.status,
                                                newStatus: status, changedBy: actor, changeReason: reason, changedAt: now)
        return SuggestionTransition(suggestion: updated, history: history)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
