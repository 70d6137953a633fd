import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct LinkedInConnectionRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(LinkedInConnection.self)
        try ResourceFixtures.checkNullability(LinkedInConnection.self)
    }

    @Test func rules() throws {
        let connection = try ResourceFixtures.row(LinkedInConnection.self)
        let failing: [(String, (inout LinkedInConnection) -> Void)] = [
            ("max_length(255)@unipile_request_id", { $0.unipileRequestId = String(repeating: "r", count: 256) }),
            ("note_content_needs_note_included@note_content,note_included", { $0.noteIncluded = false }),
            ("responded_after_requested@requested_at,responded_at", { $0.respondedAt = $0.requestedAt.adding(seconds: -60) }),
        ]
        let passing: [(String, (inout LinkedInConnection) -> Void)] = [
            ("no note", { $0.noteIncluded = false; $0.noteContent = nil }),
            ("note flag without text", { $0.noteContent = nil }),
            ("pending", { $0.status = .pending; $0.respondedAt = nil; $0.followUpScheduledFor = nil }),
        ]
        ResourceFixtures.checkRules(connection, failing: failing, passing: passing)
    }

    @Test func schema() throws {
        let table = LinkedInConnection.tableDescription
        #expect(table.tenancy == .inherited(through: "seat_id"))
        #expect(table.uniqueConstraints.map(\.columns) == [["lead_id", "seat_id"]])
        #expect(table.foreignKey(on: "lead_id").map { ($0.table, $0.onDelete) } ?? ("", .noAction) == ("lead_pool", .cascade))
        #expect(table.foreignKey(on: "seat_id")?.onDelete == .cascade)
        #expect(table.timestamps == .createdOnly)
        var object = try ResourceFixtures.object(LinkedInConnection.self)
        object["status"] = "blocked"
        #expect(throws: UnknownEnumValueError.self) { try ResourceFixtures.decode(LinkedInConnection.self, from: object) }
    }
}

@Suite struct LinkedInConnectionLifecycleTests {
    let requested: Timestamp

    init() throws { requested = try ResourceFixtures.time(2026, 1, 10, 9, 30) }

    var pending: LinkedInConnection {
        LinkedInConnection(leadId: .unassigned, seatId: .unassigned, requestedAt: requested)
    }

    @Test func daysPendingCountsWholeDaysWhilePending() {
        #expect(pending.isPending && !pending.isAccepted)
        #expect(pending.daysPending(now: requested) == 0)
        #expect(pending.daysPending(now: requested.adding(days: 1).adding(microseconds: -1)) == 0)
        #expect(pending.daysPending(now: requested.adding(days: 1)) == 1)
        #expect(pending.daysPending(now: requested.adding(days: 14)) == 14)
        #expect(pending.daysPending(now: requested.adding(days: -2)) == 0)
        var answered = pending
        answered.markDeclined(now: requested.adding(days: 2))
        #expect(answered.daysPending(now: requested.adding(days: 20)) == 0)
    }

    @Test func acceptSchedulesTheFollowUp() throws {
        let now = requested.adding(days: 3)
        var connection = pending
        try connection.markAccepted(now: now)
        #expect(connection.isAccepted)
        #expect(connection.respondedAt == now)
        #expect(connection.followUpScheduledFor == now.adding(days: 4))
        var custom = pending
        try custom.markAccepted(followUpDays: 0, now: now)
        #expect(custom.followUpScheduledFor == now)
        #expect(custom.needsFollowUp(now: now))
    }

    @Test func followUpIsDueOnceScheduledTimeIsReached() throws {
        let now = requested.adding(days: 3)
        var connection = pending
        #expect(!connection.needsFollowUp(now: now.adding(days: 30)))
        try connection.markAccepted(followUpDays: 4, now: now)
        let due = now.adding(days: 4)
        #expect(!connection.needsFollowUp(now: due.adding(microseconds: -1)))
        #expect(connection.needsFollowUp(now: due))
        connection.markFollowUpSent(now: due.adding(hours: 1))
        #expect(connection.followUpSentAt == due.adding(hours: 1))
        #expect(!connection.needsFollowUp(now: due.adding(days: 1)))
        var unscheduled = pending
        unscheduled.status = .accepted
        #expect(!unscheduled.needsFollowUp(now: due))
    }

    @Test func outOfRangeFollowUpDaysAreRejected() {
        var connection = pending
        #expect(throws: LinkedInConnectionError.followUpDaysOutOfRange(-1)) {
            try connection.markAccepted(followUpDays: -1, now: requested)
        }
        #expect(throws: LinkedInConnectionError.followUpDaysOutOfRange(Int.max)) {
            try connection.markAccepted(followUpDays: Int.max, now: requested)
        }
        #expect(connection == pending)
    }

    @Test func terminalAnswers() {
        let now = requested.adding(days: 14)
        let marks: [(LinkedInRequestStatus, (inout LinkedInConnection) -> Void)] = [
            (.ignored, { $0.markIgnored(now: now) }),
            (.declined, { $0.markDeclined(now: now) }),
            (.withdrawn, { $0.markWithdrawn(now: now) }),
        ]
        for (status, mark) in marks {
            var connection = pending
            mark(&connection)
            #expect(connection.status == status)
            #expect(connection.respondedAt == now)
            #expect(!connection.isPending && !connection.isAccepted)
            #expect(connection.isValid)
        }
    }

    @Test func policyConstants() {
        #expect(LinkedInConnection.defaultFollowUpDays == 4)
        #expect(LinkedInConnection.ignoredAfterDays == 14)
        #expect(LinkedInConnection.withdrawAfterDays == 30)
    }
}
