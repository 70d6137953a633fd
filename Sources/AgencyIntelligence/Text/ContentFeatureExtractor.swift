import AgencyCore
import AgencyOS

/// The personalisation flags of a message body.
public struct PersonalizationFlags: Hashable, Sendable {
    /// The body names the lead's company.
    public var companyMention: Bool
    /// The body uses the lead's first name.
    public var firstName: Bool
    /// The body refers to recent news ("noticed", "saw", "congrats", …).
    public var recentNews: Bool
    /// The body mentions a mutual connection ("mutual", "referred", …).
    public var mutualConnection: Bool
    /// The body names the lead's industry.
    public var industrySpecific: Bool

    /// Creates the flags.
    public init(companyMention: Bool = false, firstName: Bool = false, recentNews: Bool = false,
                mutualConnection: Bool = false, industrySpecific: Bool = false) {
        self.companyMention = companyMention
        self.firstName = firstName
        self.recentNews = recentNews
        self.mutualConnection = mutualConnection
        self.industrySpecific = industrySpecific
    }
}

/// The producer side of WHAT: extracts the features of an outgoing message (pain-point
/// categories, call to action, personalisation flags, word counts, send time) and builds the
/// ``ContentSnapshot`` stored on the activity. Pure; matching is case-insensitive on
/// substrings, exactly as the reference's `content_utils.py`.
public struct ContentFeatureExtractor: Sendable {
    /// An extractor.
    public init() {}

    /// The pain-point categories the body mentions, each once, in vocabulary order.
    public func painPoints(in body: String) -> [String] {
        guard !body.isEmpty else { return [] }
        let mask = ContentVocabulary.painPointAutomaton.groups(in: body)
        return ContentVocabulary.painPoints.enumerated()
            .filter { mask & (UInt64(1) << UInt64($0.offset)) != 0 }
            .map(\.element.category)
    }

    /// The first call to action of ``ContentVocabulary/callsToAction`` found in the body, or `nil`.
    public func callToAction(in body: String) -> String? {
        guard !body.isEmpty else { return nil }
        let mask = ContentVocabulary.callToActionAutomaton.groups(in: body)
        return KeywordAutomaton.lowestGroup(mask).map { ContentVocabulary.callsToAction[$0] }
    }

    /// The personalisation flags of `body` for a lead with these details (case-insensitive
    /// substring checks; an empty body or an empty detail gives `false`).
    public func personalization(in body: String, firstName: String?, company: String?,
                                industry: String?) -> PersonalizationFlags {
        guard !body.isEmpty else { return PersonalizationFlags() }
        let lowered = Array(body.lowercased().utf8)
        func mentions(_ detail: String?) -> Bool {
            guard let detail, !detail.isEmpty else { return false }
            let needle = Array(detail.lowercased().utf8)
            return FoldedText.firstIndex(of: needle, in: lowered, from: 0, before: lowered.count) != nil
        }
        let mask = ContentVocabulary.personalizationAutomaton.groups(inFolded: lowered)
        return PersonalizationFlags(
            companyMention: mentions(company), firstName: mentions(firstName), recentNews: mask & 1 != 0,
            mutualConnection: mask & 2 != 0, industrySpecific: mentions(industry))
    }

    /// The snapshot of a message sent to `lead`.
    ///
    /// - Parameters:
    ///   - body: The message body.
    ///   - subject: The subject line, when the channel has one.
    ///   - lead: The recipient (first name, company and industry feed the personalisation flags).
    ///   - channel: The channel the message goes out on.
    ///   - touchNumber: The message's position in the sequence (1-based).
    ///   - sequenceId: The sequence it belongs to.
    ///   - templateId: The template used; stored under `template_id`.
    ///   - sentAt: When it is sent (injected; never the wall clock).
    ///   - utcOffsetMinutes: The offset of the time zone in which `day_of_week` and
    ///     `hour_of_day` are taken (0 = UTC, as the reference).
    public func snapshot(body: String, subject: String? = nil, lead: Lead, channel: ChannelType = .email,
                         touchNumber: Int = 1, sequenceId: String? = nil, templateId: String? = nil,
                         sentAt: Timestamp, utcOffsetMinutes: Int = 0) -> ContentSnapshot {
        let flags = personalization(in: body, firstName: lead.firstName, company: lead.company,
                                    industry: lead.organizationIndustry)
        let local = sentAt.adding(minutes: utcOffsetMinutes)
        var extra: [String: JSONValue] = [:]
        if let templateId { extra["template_id"] = .string(templateId) }
        return ContentSnapshot(
            subject: subject, body: body, painPointsUsed: painPoints(in: body), ctaUsed: callToAction(in: body),
            channel: channel.rawValue, wordCount: PythonText.wordCount(body), charCount: body.unicodeScalars.count,
            hasCompanyMention: flags.companyMention, hasFirstName: flags.firstName, hasRecentNews: flags.recentNews,
            hasMutualConnection: flags.mutualConnection, hasIndustrySpecific: flags.industrySpecific,
            touchNumber: touchNumber, sequenceId: sequenceId, sentAt: sentAt, dayOfWeek: local.utcDate.isoWeekday,
            hourOfDay: local.utcTimeOfDay.hour, subjectWordCount: subject.map(PythonText.wordCount), extra: extra)
    }
}
