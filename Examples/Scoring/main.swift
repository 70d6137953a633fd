import AgencyKit
import Foundation

// Scoring: ALS with a custom ICP, learned weights, explanations and the channel guard.
// Run: swift run agencykit-scoring-example  (exits 1 if any step does not behave as shown)

func expect(_ condition: Bool, _ what: String) {
    if !condition {
        print("unexpected: \(what)")
        exit(1)
    }
}

let today = LocalDate(daysSinceEpoch: 20_458)  // 2026-01-05
var ids = SeededGenerator(seed: 7)
let client = ID<Client>(UUID.version4(using: &ids))
let campaign = ID<Campaign>(UUID.version4(using: &ids))

func lead(_ email: String, _ title: String, _ industry: String, employees: Int, country: String,
          configure: (inout Lead) -> Void = { _ in }) -> Lead {
    var lead = Lead(clientId: client, campaignId: campaign, email: email, title: title)
    lead.organizationIndustry = industry
    lead.organizationEmployeeCount = employees
    lead.organizationCountry = country
    configure(&lead)
    return lead
}

let leads = [
    lead("mia@ledgerly.com.au", "Co-Founder & CEO", "Accounting Software", employees: 24, country: "Australia") {
        $0.emailVerified = true
        $0.phone = "+61412555019"
        $0.linkedinUrl = "https://www.linkedin.com/in/mia-chen"
        $0.employmentStartDate = today.adding(days: -60)
        $0.organizationIsHiring = true
    },
    lead("tom@harbourwealth.co.nz", "VP Sales", "Wealth Management", employees: 140, country: "NZ") {
        $0.linkedinUrl = "https://www.linkedin.com/in/tom-reid"
        $0.organizationLatestFundingDate = today.adding(days: -200)
    },
    lead("ea@rivalgrowth.io", "Executive Assistant to the CEO", "Marketing", employees: 35, country: "Australia") {
        $0.domain = "rivalgrowth.io"
    },
]

// 1. A custom ICP: the client's industries (matched by words, either direction) and competitors.
let icp = ALSScoringConfiguration(today: today, targetIndustries: ["Fintech", "Accounting Software", "Wealth Management"],
                                  competitorDomains: ["rivalgrowth.io"])
let scorer = ALSScorer(configuration: icp)
print("1. Custom ICP: \(scorer.effectiveTargetIndustries.joined(separator: ", ")); competitor rivalgrowth.io")
var scores: [ALSScore] = []
for lead in leads {
    let score = scorer.score(lead)
    scores.append(score)
    print("   \(lead.email.padding(toLength: 26, withPad: " ", startingAt: 0)) ALS \(score.total) (\(score.tier.rawValue)); "
        + "points DQ \(score.points.dataQuality), AUTH \(score.points.authority), FIT \(score.points.companyFit), "
        + "TIM \(score.points.timing), RISK \(score.points.risk)")
}

// 2. Why: every signal with the lead value that triggered it, reproducible from the explanation.
let explanation = scores[0].explanation
print("\n2. Explanation of \(leads[0].email): \(explanation.total), consistent: \(explanation.isConsistent)")
for signal in explanation.signals {
    let points = (signal.points > 0 ? "+" : "") + "\(signal.points)"
    print("   " + [points.padding(toLength: 4, withPad: " ", startingAt: 0),
                   signal.group.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0),
                   signal.name.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0),
                   [signal.value, signal.detail].compactMap { $0 }.joined(separator: " — ")].joined(separator: " "))
}
let json = try JSONEncoder.agencyKit.encode(scores[0].storedComponents)
print("   stored as leads.als_components (\(json.count) bytes, no contact details)")
expect(explanation.isConsistent && explanation.reproducedTotal == scores[0].total, "a reproducible explanation")

// 3. Learned weights (as the CIS optimiser writes them to clients.als_learned_weights).
let learned = try ALSWeights([.dataQuality: 0.10, .authority: 0.30, .companyFit: 0.30, .timing: 0.25, .risk: 0.05])
var learnedICP = icp
learnedICP.weights = .learned(learned)
let learnedScorer = ALSScorer(configuration: learnedICP)
print("\n3. Learned weights \(learned.dictionary.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")):")
for (lead, before) in zip(leads, scores) {
    let after = learnedScorer.score(lead)
    print("   \(lead.email.padding(toLength: 26, withPad: " ", startingAt: 0)) \(before.total) → \(after.total) "
        + "(\(after.tier.rawValue), \(after.weights.source.rawValue) weights)")
}
// Invalid learned weights never throw at scoring time: the defaults are used and the reason kept.
let invalid = ALSWeightSelection(learned: .object(["authority": .number(0.9), "timing": .number(0.1)]))
print("   invalid learned weights fall back to \(invalid.source.rawValue): \(invalid.fallbackReason.map { "\($0)" } ?? "—")")
expect(invalid.source == .default && invalid.fallbackReason != nil, "a fallback with its reason")

// 4. The channel guard: a tier opens channels; a stricter policy can only raise minimums.
print("\n4. Channel guard")
for (lead, score) in zip(leads, scores) {
    let scored = lead.recording(score, scoredAt: today.startOfDayUTC)
    print("   \(lead.email): open \(ChannelPolicy.default.channels(forScore: scored.alsScore).map(\.rawValue))")
    do {
        try ChannelPolicy.reference.authorize(.voice, for: scored)
        print("     voice allowed (reference policy: voice from 70)")
    } catch {
        print("     \(error) (reason \(error.reason.rawValue))")
    }
}
let unscored = leads[1]
do {
    try ChannelPolicy.default.authorize(.email, for: unscored)
} catch {
    print("   an unscored lead: \(error)")
    expect(error.reason == .unscored, "unscored leads are never contacted")
}
let strict = ChannelPolicy(stricterMinimums: [.email: 10, .linkedin: 50])
print("   ChannelPolicy(stricterMinimums: [email: 10, linkedin: 50]): email \(strict.email) (never below the tier map), "
    + "linkedin \(strict.linkedin)")
