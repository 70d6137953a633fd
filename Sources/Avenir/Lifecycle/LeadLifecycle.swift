import AgencyCore
import Foundation

/// The lead lifecycle as a state machine with the seed's action flow. Pure: each function
/// returns the new lead and its action row (a ``LeadChange``), or throws a
/// ``LeadTransitionError`` and changes nothing.
///
/// | from \ to | tag Active | tag Follow-Up | tag Converted | revert | archive | delete |
/// |---|---|---|---|---|---|---|
/// | Active | – | ✓ | ✓ | – | ✓ | ✓ |
/// | Follow-Up | ✓ | – | ✓ | – | ✓ | ✓ |
/// | Converted | – | – | – | ✓ (reason) | ✓ | ✓ |
/// | Archived | ✓ | – | – | – | – | ✓ |
/// | Deleted | – | – | – | – | – | – |
public enum LeadLifecycle {
    /// The insert of a new lead (tag `Active`) and its `insert` action. An unassigned id
    /// is drawn from `generator` so the action can reference the lead in the same batch;
    /// an unassigned `timestamp` becomes `time`.
    ///
    /// - Throws: ``LeadTransitionError/newLeadNotActive(state:)``.
    public static func insertion<G: RandomNumberGenerator>(
        of lead: LeadMemory, at time: Timestamp, using generator: inout G
    ) throws(LeadTransitionError) -> LeadChange {
        guard lead.lifecycleState == .active else { throw .newLeadNotActive(state: lead.lifecycleState) }
        var new = lead
        if new.id.isUnassigned { new.id = ID(UUID.version4(using: &generator)) }
        if new.timestamp.isUnassigned { new.timestamp = time }
        return LeadChange(lead: new, action: action(for: new, .insert, tag: .active, at: time))
    }

    /// The change `transition` makes to `lead` at `time`.
    ///
    /// - Throws: ``LeadTransitionError`` when the table above does not allow it.
    public static func apply(_ transition: LeadTransition, to lead: LeadMemory,
                             at time: Timestamp) throws(LeadTransitionError) -> LeadChange {
        let state = lead.lifecycleState
        guard state != .deleted else { throw .leadDeleted }
        var new = lead
        switch transition {
        case .tag(let target):
            switch target {
            case .archived, .deleted: throw .notATagTarget(target)
            case .active, .followUp, .converted: break
            }
            guard target != state else { throw .unchanged(state: state) }
            if state == .converted { throw .convertedNeedsRevert(target: target) }
            if state == .archived {
                guard target == .active else { throw .archivedOnlyBecomesActive(target: target) }
                new.archived = false
            }
            new.currentTag = target
            return LeadChange(lead: new, action: action(for: new, .tag, tag: target, conversion: target == .converted, at: time))
        case .revert(let reason):
            guard state == .converted else { throw .notConverted(state: state) }
            let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw .emptyReversionReason }
            new.currentTag = .active
            return LeadChange(lead: new, action: action(for: new, .revert, tag: .active, reason: trimmed, at: time))
        case .archive:
            guard state != .archived else { throw .unchanged(state: state) }
            new.archived = true
            new.currentTag = .archived
            return LeadChange(lead: new, action: action(for: new, .archive, tag: .archived, at: time))
        case .delete:
            new.deleted = true
            new.currentTag = .deleted
            return LeadChange(lead: new, action: action(for: new, .delete, tag: .deleted, at: time), softDeletes: true)
        }
    }

    /// The enrichment of `lead` at `time` and its `update` action, or `nil` when the
    /// enrichment changes nothing (nothing to write).
    ///
    /// - Throws: ``LeadTransitionError/leadDeleted``.
    public static func enrichment(of lead: LeadMemory, with enrichment: LeadEnrichment,
                                  at time: Timestamp) throws(LeadTransitionError) -> LeadChange? {
        guard !lead.deleted else { throw .leadDeleted }
        let new = lead.enriched(with: enrichment, at: time)
        guard new != lead else { return nil }
        return LeadChange(lead: new, action: action(for: new, .update, tag: new.currentTag, at: time))
    }

    private static func action(for lead: LeadMemory, _ type: LeadActionType, tag: LeadTag, conversion: Bool = false,
                               reason: String? = nil, at time: Timestamp) -> LeadAction {
        LeadAction(leadId: lead.id, clientId: lead.clientId, actionType: type, tag: tag, conversionOutcome: conversion,
                   reversionReason: reason, isTest: lead.isTest, timestamp: time)
    }
}
