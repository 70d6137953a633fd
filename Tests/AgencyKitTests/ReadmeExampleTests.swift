import Foundation
import Testing
import AgencyKit

/// The README's code example, kept compiling and true.
@Suite("README example")
struct ReadmeExampleTests {
    @Test func theExampleRunsAsWritten() async throws {
        let clock = ManualTimeSource(Timestamp(year: 2026, month: 3, day: 2)!)
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(42))

        let acmeID = try await store.scoped(.platformWide).insert(Client(name: "Acme Growth")).id
        let acme = store.scoped(.tenant(acmeID))                      // every read and write is scoped
        let campaign = try await acme.insert(Campaign(clientId: acmeID, name: "SaaS founders"))

        var lead = Lead(clientId: acmeID, campaignId: campaign.id, email: "Ada@Example.com",
                        title: "Founder & CEO", company: "Analytical Engines")
        lead.emailVerified = true
        lead.organizationIndustry = "SaaS"
        lead.organizationEmployeeCount = 25
        lead.organizationCountry = "Australia"
        lead = try await acme.insert(lead)                            // validated, unique per (client, email)

        let scorer = ALSScorer(configuration: ALSScoringConfiguration(today: clock.now().utcDate))
        let score = scorer.score(lead)
        print(score.total, score.tier)                                // 73 warm
        for signal in score.explanation.signals { print(signal) }     // why, signal by signal
        lead = try await acme.update(lead.recording(score, scoredAt: clock.now()))

        do {
            try ChannelPolicy.default.authorize(.sms, for: lead)      // SMS needs a hot lead
        } catch {
            print(error)                                              // names the score, tier and channel
        }

        let warm = try await acme.fetch(Query<Lead>()
            .where(\.alsScore, .atLeast(60))
            .sorted(by: \.alsScore, .descending)
            .limit(20))

        _ = try await acme.softDelete(Lead.self, id: lead.id)         // Rule 14: never hard-delete
        #expect(score.total == 73 && score.tier == .warm)
        #expect(warm.map(\.id) == [lead.id])
        #expect(try await acme.find(Lead.self, id: lead.id) == nil)
    }

    @Test func theReadmeShowsThisExample() throws {
        let thisFile = URL(fileURLWithPath: #filePath)
        let root = thisFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: thisFile, encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```swift\nimport AgencyKit\n").dropFirst().first?
            .components(separatedBy: "```").first)
        for line in block.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(source.contains(line.trimmingCharacters(in: .whitespaces)), "README line not in the tested example: \(line)")
        }
    }
}
