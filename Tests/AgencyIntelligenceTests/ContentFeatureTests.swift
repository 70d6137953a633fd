import AgencyCore
import AgencyIntelligence
import AgencyOS
import Testing

@Suite struct ContentFeatureTests {
    let extractor = ContentFeatureExtractor()

    /// §12a #16–18: categories, in vocabulary order.
    @Test func painPointCategories() {
        #expect(extractor.painPoints(in: "Are you struggling with poor ROI on your marketing spend?") == ["revenue", "cost"])
        #expect(extractor.painPoints(in: "Companies looking to scale their growth often face challenges.") == ["revenue", "scaling"])
        #expect(extractor.painPoints(in: "SCALING your business requires EFFICIENCY improvements.") == ["time", "scaling", "quality"])
        #expect(extractor.painPoints(in: "") == [])
        #expect(extractor.painPoints(in: "sometimes we use mysql") == ["leads", "time"])
    }

    /// §12a #19: the first phrase of the ordered list, verbatim.
    @Test func callToAction() {
        #expect(extractor.callToAction(in: "Let's schedule a call to discuss your needs.") == "schedule a call")
        #expect(extractor.callToAction(in: "Want to book a demo?") == nil)
        #expect(extractor.callToAction(in: "Click to learn more") == nil)
        #expect(extractor.callToAction(in: "informational message") == nil)
        #expect(extractor.callToAction(in: "Quick call? Or a free audit?") == "free audit")
        #expect(extractor.callToAction(in: "THOUGHTS?") == "thoughts?")
    }

    /// §12a #20.
    @Test func personalizationFlags() {
        let first = extractor.personalization(in: "Hi John, hope you're well", firstName: "John", company: "Acme Corp",
                                              industry: nil)
        #expect(first.firstName)
        #expect(!first.companyMention)
        let second = extractor.personalization(in: "I noticed Acme Corp recently raised", firstName: "John",
                                               company: "Acme Corp", industry: "SaaS")
        #expect(second.companyMention)
        #expect(second.recentNews)
        #expect(!second.industrySpecific)
        #expect(extractor.personalization(in: "", firstName: "John", company: nil, industry: nil) == PersonalizationFlags())
        #expect(extractor.personalization(in: "Referred by a mutual friend", firstName: nil, company: nil, industry: nil)
            .mutualConnection)
    }

    @Test func snapshotCarriesEveryFeature() {
        let lead = Lead(clientId: Fixtures.clientId, campaignId: Fixtures.campaignId, email: "a@b.co", firstName: "Zoë",
                        company: "Acme", organizationIndustry: "SaaS")
        let body = "Hi zoë, I saw Acme is hiring in SaaS. Worth a conversation?"
        let snapshot = extractor.snapshot(body: body, subject: "Idea for Acme", lead: lead, channel: .email, touchNumber: 2,
                                          sequenceId: "seq", templateId: "t1", sentAt: Fixtures.now)
        #expect(snapshot.hasFirstName == true)
        #expect(snapshot.hasCompanyMention == true)
        #expect(snapshot.hasIndustrySpecific == true)
        #expect(snapshot.hasRecentNews == true)
        #expect(snapshot.ctaUsed == "worth a conversation")
        #expect(snapshot.wordCount == 12)
        #expect(snapshot.charCount == body.unicodeScalars.count)
        #expect(snapshot.dayOfWeek == 5)
        #expect(snapshot.hourOfDay == 10)
        #expect(snapshot.subjectWordCount == 3)
        #expect(snapshot.extra["template_id"] == "t1")
    }

    /// The subject regexes of §4 on the lower-cased subject.
    @Test(arguments: [
        ("Question about your pipeline", ["question_about"]), ("A QUESTION for you", ["question_about"]),
        ("question\nabout", []), ("Quick   question about Acme", ["question_about", "quick_question"]),
        ("Re: our call", ["reply_style"]), ("An idea\tfor Acme", ["idea_for"]), ("Thought about growth", ["thought_about"]),
        ("thoughts for you", []), ("Hello {first_name}", ["personalized"]), ("Growth at {Company}", ["personalized"]),
        ("a quick question", []), ("ideafor", []),
    ])
    func subjectPatterns(subject: String, expected: [String]) {
        #expect(SubjectPattern.patterns(matching: subject).map(\.rawValue) == expected)
    }
}
