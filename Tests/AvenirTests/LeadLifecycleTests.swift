import Testing
import AgencyCore
import Avenir

/// The pure state machine: every state × every transition, legal or a typed error.
@Suite("Avenir lead lifecycle state machine")
struct LeadLifecycleTests {
    static let clientId = ClientID.avenirInternal
    static let time = Instants.now

    static func lead(in state: LeadTag) -> LeadMemory {
        var lead = LeadMemory(id: ID(uuidString: "a1b2c3d4-5e6f-4a7b-8c9d-000000000123") ?? .unassigned,
                              email: "sarah@northwind.io", name: "Sarah", clientId: clientId, isTest: true,
                              timestamp: Instants.days(-3))
        lead.currentTag = state
        lead.archived = state == .archived
        lead.deleted = state == .deleted
        return lead
    }

    enum Expected: Sendable {
        case legal(state: LeadTag, action: LeadActionType, tag: LeadTag, conversion: Bool, reason: String?)
        case illegal(LeadTransitionError)
    }

    struct Row: Sendable, CustomStringConvertible {
        let from: LeadTag
        let transition: LeadTransition
        let expected: Expected
        var description: String { "\(from.rawValue) + \(transition)" }
    }

    static let reason = "Placed in converted by accident"

    static let table: [Row] = {
        let all: [LeadTransition] = [.tag(.active), .tag(.followUp), .tag(.converted), .tag(.archived), .tag(.deleted),
                                     .revert(reason: reason), .revert(reason: " \n"), .archive, .delete]
        var rows: [Row] = []
        for from in LeadTag.allCases {
            for transition in all { rows.append(Row(from: from, transition: transition, expected: expected(from, transition))) }
        }
        return rows
    }()

    /// The documented table, written out case by case.
    static func expected(_ from: LeadTag, _ transition: LeadTransition) -> Expected {
        if from == .deleted { return .illegal(.leadDeleted) }
        switch (from, transition) {
        case (_, .tag(.archived)): return .illegal(.notATagTarget(.archived))
        case (_, .tag(.deleted)): return .illegal(.notATagTarget(.deleted))
        case (.active, .tag(.active)): return .illegal(.unchanged(state: .active))
        case (.active, .tag(.followUp)): return .legal(state: .followUp, action: .tag, tag: .followUp, conversion: false, reason: nil)
        case (.active, .tag(.converted)): return .legal(state: .converted, action: .tag, tag: .converted, conversion: true, reason: nil)
        case (.followUp, .tag(.active)): return .legal(state: .active, action: .tag, tag: .active, conversion: false, reason: nil)
        case (.followUp, .tag(.followUp)): return .illegal(.unchanged(state: .followUp))
        case (.followUp, .tag(.converted)): return .legal(state: .converted, action: .tag, tag: .converted, conversion: true, reason: nil)
        case (.converted, .tag(.active)): return .illegal(.convertedNeedsRevert(target: .active))
        case (.converted, .tag(.followUp)): return .illegal(.convertedNeedsRevert(target: .followUp))
        case (.converted, .tag(.converted)): return .illegal(.unchanged(state: .converted))
        case (.archived, .tag(.active)): return .legal(state: .active, action: .tag, tag: .active, conversion: false, reason: nil)
        case (.archived, .tag(.followUp)): return .illegal(.archivedOnlyBecomesActive(target: .followUp))
        case (.archived, .tag(.converted)): return .illegal(.archivedOnlyBecomesActive(target: .converted))
        case (.converted, .revert(let reason)) where reason == Self.reason:
            return .legal(state: .active, action: .revert, tag: .active, conversion: false, reason: reason)
        case (.converted, .revert): return .illegal(.emptyReversionReason)
        case (let state, .revert): return .illegal(.notConverted(state: state))
        case (.archived, .archive): return .illegal(.unchanged(state: .archived))
        case (_, .archive): return .legal(state: .archived, action: .archive, tag: .archived, conversion: false, reason: nil)
        case (_, .delete): return .legal(state: .deleted, action: .delete, tag: .deleted, conversion: false, reason: nil)
        default: return .illegal(.leadDeleted)
        }
    }

    @Test("every state × transition", arguments: table)
    func transition(_ row: Row) throws {
        let lead = Self.lead(in: row.from)
        switch row.expected {
        case .illegal(let error):
            #expect(throws: error) { try LeadLifecycle.apply(row.transition, to: lead, at: Self.time) }
        case .legal(let state, let actionType, let tag, let conversion, let reason):
            let change = try LeadLifecycle.apply(row.transition, to: lead, at: Self.time)
            #expect(change.lead.lifecycleState == state)
            #expect(change.lead.currentTag == tag)
            #expect(change.lead.archived == (state == .archived || (state == .deleted && row.from == .archived)),
                    "delete keeps the archived flag as it was")
            #expect(change.lead.deleted == (state == .deleted))
            #expect(change.softDeletes == (state == .deleted))
            #expect(change.action == LeadAction(leadId: lead.id, clientId: Self.clientId, actionType: actionType, tag: tag,
                                                conversionOutcome: conversion, reversionReason: reason, isTest: true,
                                                timestamp: Self.time))
            #expect(change.action.violations.isEmpty, "\(change.action.violations)")
            #expect(change.lead.timestamp == lead.timestamp, "the arrival time never changes")
        }
    }

    @Test("the table covers every legal transition of the seed's flow")
    func legalCount() {
        let legal = Self.table.filter { if case .legal = $0.expected { return true }; return false }
        #expect(legal.count == 13)
    }

    @Test("insert: a new Active lead with an id drawn from the generator and an insert action")
    func insertion() throws {
        var generator = SeededGenerator(seed: 1)
        let change = try LeadLifecycle.insertion(of: LeadMemory(email: "a@b.co", name: "A", clientId: Self.clientId),
                                                 at: Self.time, using: &generator)
        #expect(!change.lead.id.isUnassigned)
        #expect(change.lead.timestamp == Self.time)
        #expect(change.action.actionType == .insert && change.action.tag == .active && change.action.leadId == change.lead.id)
        #expect(!change.action.conversionOutcome && change.action.reversionReason == nil)
    }

    @Test("insert refuses a lead that does not start Active", arguments: [LeadTag.followUp, .converted, .archived, .deleted])
    func insertionNotActive(_ state: LeadTag) {
        var generator = SeededGenerator(seed: 1)
        #expect(throws: LeadTransitionError.newLeadNotActive(state: state)) {
            try LeadLifecycle.insertion(of: Self.lead(in: state), at: Self.time, using: &generator)
        }
    }

    @Test("a revert keeps the reason without surrounding white space")
    func revertTrimsReason() throws {
        let change = try LeadLifecycle.apply(.revert(reason: "  wrong lead \n"), to: Self.lead(in: .converted), at: Self.time)
        #expect(change.action.reversionReason == "wrong lead")
    }
}
