import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct DigestLogRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(DigestLog.self)
        try ResourceFixtures.checkNullability(DigestLog.self)
    }

    @Test func rules() throws {
        let digest = try ResourceFixtures.row(DigestLog.self)
        let failing: [(String, (inout DigestLog) -> Void)] = [
            ("sent_digest_has_sent_at@sent_at,status", { $0.sentAt = nil }),
        ]
        let passing: [(String, (inout DigestLog) -> Void)] = [
            ("pending", { $0.status = .pending; $0.sentAt = nil; $0.openedAt = nil }),
            ("skipped", { $0.status = .skipped; $0.sentAt = nil }),
        ]
        ResourceFixtures.checkRules(digest, failing: failing, passing: passing)
    }

    @Test func enumsAreTheDatabaseChecks() throws {
        let table = DigestLog.tableDescription
        #expect(table.column(named: "digest_type")?.rules.first == .oneOf(["daily", "weekly"]))
        #expect(table.column(named: "status")?.rules.first == .oneOf(["pending", "sent", "failed", "skipped"]))
        for (key, value) in [("digest_type", "monthly"), ("status", "bounced")] {
            var object = try ResourceFixtures.object(DigestLog.self)
            object[key] = .string(value)
            let error = #expect(throws: UnknownEnumValueError.self) { try ResourceFixtures.decode(DigestLog.self, from: object) }
            #expect(error?.value == value)
        }
    }

    @Test func oneDigestPerClientDateAndType() {
        let table = DigestLog.tableDescription
        #expect(table.uniqueConstraints.map(\.columns) == [["client_id", "digest_date", "digest_type"]])
        #expect(table.timestamps == .standard)
    }

    @Test func sentAndOpened() throws {
        let digest = try ResourceFixtures.row(DigestLog.self)
        #expect(digest.isSent && digest.wasOpened)
        #expect(digest.digestDate == LocalDate(year: 2026, month: 1, day: 22))
        let fresh = DigestLog(clientId: .unassigned, digestDate: digest.digestDate)
        #expect(!fresh.isSent && !fresh.wasOpened)
        #expect(fresh.status == .pending && fresh.digestType == .daily && fresh.recipients.isEmpty)
        #expect(fresh.metricsSnapshot == .emptyObject)
        for status in DigestStatus.allCases {
            var other = fresh
            other.status = status
            #expect(other.isSent == (status == .sent))
        }
    }
}
