import Testing
import AgencyCore
import AgencyOS
import AgencyStore
import AgencyOutreach

@Suite("Suppression check")
struct SuppressionCheckTests {
    @Test func matchesEachListWithNormalisedEmails() async throws {
        let fixture = try await OutreachFixture.make()
        let platform = fixture.store.scoped(.platformWide)
        _ = try await platform.insert(GlobalSuppression(email: "Gone@Example.com", reason: "unsubscribe"))
        _ = try await fixture.scoped.insert(ClientSuppression(clientId: fixture.client.id, email: "customer@acme.io", reason: "existing customer"))
        _ = try await platform.insert(DomainSuppression(domain: "Competitor.com", reason: "competitor"))
        let check = SuppressionCheck(store: fixture.scoped)

        #expect(try await check.match("  gone@EXAMPLE.com ") == SuppressionMatch(list: .global, reason: "unsubscribe", matched: "gone@example.com"))
        #expect(try await check.match("Customer@acme.io")?.list == .client)
        #expect(try await check.match("ceo@competitor.COM") == SuppressionMatch(list: .domain, reason: "competitor", matched: "competitor.com"))
        #expect(try await check.match("ada@fine.io") == nil)
        #expect(try await check.isSuppressed("ada@fine.io") == false)

        let batch = try await check.matches(["gone@example.com", "customer@acme.io", "x@competitor.com", "ok@fine.io"])
        #expect(batch.count == 3)
        #expect(batch["ok@fine.io"] == nil)
    }

    @Test func clientListIsPerClient() async throws {
        let fixture = try await OutreachFixture.make()
        _ = try await fixture.scoped.insert(ClientSuppression(clientId: fixture.client.id, email: "customer@acme.io", reason: "customer"))
        let other = try await fixture.store.scoped(.platformWide).insert(Client(name: "Other Agency"))
        let check = SuppressionCheck(store: fixture.store.scoped(.tenant(other.id)))
        #expect(try await check.match("customer@acme.io") == nil)
    }
}
