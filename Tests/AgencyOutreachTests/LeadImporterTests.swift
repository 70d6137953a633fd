import Testing
import AgencyCore
import AgencyOS
import AgencyStore
import AgencyOutreach

@Suite("Lead import")
struct LeadImporterTests {
    @Test func deduplicatesSkipsSuppressedAndReportsInvalid() async throws {
        let fixture = try await OutreachFixture.make()
        _ = try await fixture.store.scoped(.platformWide).insert(GlobalSuppression(email: "gone@example.com", reason: "bounce"))
        let rows = [
            fixture.lead("ada@example.com", title: "CEO"),
            fixture.lead(" ADA@example.com", title: "CTO"),
            fixture.lead("gone@example.com"),
            fixture.lead("not an email"),
            fixture.lead("grace@example.com"),
        ]
        let report = try await LeadImporter(store: fixture.scoped, batchSize: 2).importLeads(rows)
        #expect(report.inserted.count == 2)
        #expect(report.duplicatesInImport == [" ADA@example.com"])
        #expect(report.suppressed.map(\.email) == ["gone@example.com"])
        #expect(report.invalid.map(\.email) == ["not an email"])
        let stored = try await fixture.scoped.fetch(Query<Lead>().sorted(by: \.email))
        #expect(stored.map(\.email) == ["ada@example.com", "grace@example.com"])
        #expect(stored.first?.title == "CEO")
    }

    @Test func mergeFillsBlanksAndNeverClearsAnUnsubscribe() async throws {
        let fixture = try await OutreachFixture.make()
        var existing = try await fixture.scoped.insert(fixture.lead("ada@example.com", title: "CEO"))
        existing.status = .unsubscribed
        existing = try await fixture.scoped.update(existing)

        var incoming = fixture.lead("Ada@Example.com", title: "Chief Executive", company: "Analytical Engines")
        incoming.status = .new
        let report = try await LeadImporter(store: fixture.scoped).importLeads([incoming])
        #expect(report.merged == [existing.id])
        let merged = try await fixture.scoped.get(Lead.self, id: existing.id)
        #expect(merged.status == .unsubscribed)
        #expect(merged.title == "CEO")
        #expect(merged.company == "Analytical Engines")
        #expect(merged.email == "ada@example.com")

        let again = try await LeadImporter(store: fixture.scoped).importLeads([incoming])
        #expect(again.unchanged == [existing.id])

        let overwrite = try await LeadImporter(store: fixture.scoped).importLeads([incoming], policy: .overwrite)
        #expect(overwrite.merged == [existing.id])
        let replaced = try await fixture.scoped.get(Lead.self, id: existing.id)
        #expect(replaced.title == "Chief Executive")
        #expect(replaced.status == .unsubscribed)
    }

    @Test func reimportingASoftDeletedLeadCreatesALiveOne() async throws {
        let fixture = try await OutreachFixture.make()
        let first = try await fixture.scoped.insert(fixture.lead("ada@example.com"))
        _ = try await fixture.scoped.softDelete(Lead.self, id: first.id)
        let report = try await LeadImporter(store: fixture.scoped).importLeads([fixture.lead("ada@example.com")])
        #expect(report.inserted.count == 1)
        #expect(report.inserted.first != first.id)
        #expect(try await fixture.scoped.count(Query<Lead>()) == 1)
        #expect(try await fixture.scoped.count(Query<Lead>().includingDeleted()) == 2)
    }
}
