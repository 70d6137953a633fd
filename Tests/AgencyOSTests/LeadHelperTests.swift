import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite("Lead helpers")
struct LeadHelperTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
    static let campaign = ID<Campaign>(UUID(uuid: (3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    static func lead(first: String? = nil, last: String? = nil, company: String? = nil) -> Lead {
        Lead(clientId: client, campaignId: campaign, email: "olivia@brightloop.io", firstName: first, lastName: last,
             company: company)
    }

    @Test("full name skips blank parts", arguments: [
        ("Olivia", "Hart", "Olivia Hart"), ("Olivia", nil, "Olivia"), (nil, "Hart", "Hart"), (nil, nil, ""),
        ("", "Hart", "Hart"), ("  ", "  ", ""),
    ] as [(String?, String?, String)])
    func fullName(first: String?, last: String?, expected: String) {
        #expect(Self.lead(first: first, last: last).fullName == expected)
    }

    @Test func isEnriched() throws {
        #expect(try Fixtures.row(Lead.self).isEnriched)
        #expect(!Self.lead().isEnriched)
    }

    @Test("scorable needs email, first and last name and company")
    func isScorable() {
        #expect(Self.lead(first: "Olivia", last: "Hart", company: "Brightloop").isScorable)
        #expect(!Self.lead(first: "Olivia", last: "Hart").isScorable)
        #expect(!Self.lead(first: "Olivia", company: "Brightloop").isScorable)
        #expect(!Self.lead(last: "Hart", company: "Brightloop").isScorable)
        #expect(!Self.lead(first: "", last: "Hart", company: "Brightloop").isScorable)
        var noEmail = Self.lead(first: "Olivia", last: "Hart", company: "Brightloop")
        noEmail.email = ""
        #expect(!noEmail.isScorable)
    }

    @Test("contactable unless unsubscribed, bounced, deleted or on the Do Not Call Register")
    func isContactable() throws {
        let lead = try Fixtures.row(Lead.self)
        #expect(lead.isContactable)
        for status in LeadStatus.allCases {
            var copy = lead
            copy.status = status
            #expect(copy.isContactable == (status != .unsubscribed && status != .bounced), "\(status)")
        }
        #expect(!lead.softDeleted(at: Instants.now).isContactable)
        var listed = lead
        listed.dncrResult = true
        #expect(!listed.isContactable)
        listed.dncrChecked = false
        #expect(listed.isContactable)
        listed.dncrChecked = true
        listed.dncrResult = nil
        #expect(listed.isContactable)
    }

    @Test("tier of the score; no score is unscored (nil)", arguments: [
        (nil, nil), (100, .hot), (85, .hot), (84, .warm), (60, .warm), (59, .cool), (35, .cool), (34, .cold), (20, .cold),
        (19, .dead), (0, .dead),
    ] as [(Int?, ALSTier?)])
    func tier(score: Int?, expected: ALSTier?) {
        var lead = Self.lead()
        lead.alsScore = score
        lead.alsTier = .hot
        #expect(lead.alsTierForScore == expected)
    }
}

@Suite("Lead pool helpers")
struct LeadPoolHelperTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    @Test func fullName() {
        #expect(LeadPool(email: "a@b.io", firstName: "Olivia", lastName: "Hart").fullName == "Olivia Hart")
        #expect(LeadPool(email: "a@b.io", lastName: " Hart ").fullName == "Hart")
        #expect(LeadPool(email: "a@b.io").fullName == "")
    }

    @Test("available: status available, unassigned, not bounced, not unsubscribed")
    func isAvailable() {
        let free = LeadPool(email: "a@b.io")
        #expect(free.isAvailable)
        #expect(!free.isAssigned)
        var assigned = free
        assigned.clientId = Self.client
        #expect(!assigned.isAvailable)
        #expect(assigned.isAssigned)
        var bounced = free
        bounced.isBounced = true
        #expect(!bounced.isAvailable)
        var unsubscribed = free
        unsubscribed.isUnsubscribed = true
        #expect(!unsubscribed.isAvailable)
        for status in PoolStatus.allCases where status != .available {
            var other = free
            other.poolStatus = status
            #expect(!other.isAvailable, "\(status)")
        }
    }

    @Test("contactable: not bounced or unsubscribed, email not invalid, not DNCR-listed")
    func isContactable() {
        let lead = LeadPool(email: "a@b.io")
        #expect(lead.isContactable)
        for status in EmailStatus.allCases {
            var copy = lead
            copy.emailStatus = status
            #expect(copy.isContactable == (status != .invalid), "\(status)")
        }
        var missingStatus = lead
        missingStatus.emailStatus = nil
        #expect(missingStatus.isContactable)
        var bounced = lead
        bounced.isBounced = true
        #expect(!bounced.isContactable)
        var unsubscribed = lead
        unsubscribed.isUnsubscribed = true
        #expect(!unsubscribed.isContactable)
        var listed = lead
        listed.dncrChecked = true
        listed.dncrResult = true
        #expect(!listed.isContactable)
    }

    @Test("tier of the score uses the lead thresholds")
    func tier() {
        var lead = LeadPool(email: "a@b.io")
        #expect(lead.alsTierForScore == nil)
        lead.alsScore = 85
        #expect(lead.alsTierForScore == .hot)
        lead.alsScore = 20
        #expect(lead.alsTierForScore == .cold)
        lead.alsScore = 19
        #expect(lead.alsTierForScore == .dead)
    }
}
