import AgencyCore
import AgencyOS
import Foundation

/// The WHAT detector: which message content goes with converting touches.
///
/// Sample: activities with a content snapshot, an outbound action (`sent`, `email_sent`,
/// `sms_sent`, `linkedin_sent`) and `created_at` within the lookback window. The converting
/// touch is the one with `led_to_booking`. Pass the activities of **one** client.
public struct WhatDetector: Sendable {
    /// Windows and minimums.
    public var configuration: IntelligenceConfiguration

    /// A detector with the given configuration.
    public init(configuration: IntelligenceConfiguration = .standard) {
        self.configuration = configuration
    }

    /// The outbound actions WHAT and WHEN read.
    public static let outboundActions: Set<String> = ["sent", "email_sent", "sms_sent", "linkedin_sent"]

    static func isOutbound(_ action: String) -> Bool {
        switch action {
        case "sent", "email_sent", "sms_sent", "linkedin_sent": return true
        default: return false
        }
    }

    /// Runs the detector over one client's activities at `now`.
    public func detect(activities: [Activity], now: Timestamp) -> Detection<WhatPattern> {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        var accumulator = WhatAccumulator()
        activities.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                let activity = base + index
                guard activity.pointee.createdAt >= cutoff, activity.pointee.contentSnapshot != nil,
                      Self.isOutbound(activity.pointee.action) else { continue }
                accumulator.add(activity)
            }
        }
        let sampleSize = accumulator.all.total
        let confidence = configuration.confidence(sampleSize: sampleSize)
        guard sampleSize >= configuration.minimumSampleSize else {
            return Detection(patternType: .what, pattern: .defaultPattern(computedAt: now.naiveISOText),
                             sampleSize: sampleSize, confidence: confidence, computedAt: now, isDefault: true)
        }
        return Detection(patternType: .what, pattern: accumulator.pattern(computedAt: now.naiveISOText),
                         sampleSize: sampleSize, confidence: confidence, computedAt: now, isDefault: false)
    }
}

/// The single-pass tallies of the WHAT detector.
struct WhatAccumulator {
    static let personalizationKeys = ["company_mention", "first_name", "recent_news", "mutual_connection",
                                      "industry_specific"]

    var all = ConversionTally()
    var subjects = GroupedTallies<Int>()
    var painPoints = GroupedTallies<String>()
    var ctas = GroupedTallies<String>()
    var angles = GroupedTallies<Int>()
    var lengthChannels: [String] = []
    var lengthTallies: [(pairs: Int, converting: Int, convertingWords: Int)] = []
    var personalization = Array(repeating: ConversionTally(), count: 5)
    var templates = GroupedTallies<UUID>()
    var testOrder: [UUID] = []
    var tests: [UUID: GroupedTallies<String>] = [:]
    var withLinks = ConversionTally()
    var withoutLinks = ConversionTally()
    var linkCounts = GroupedTallies<Int>()
    var models = GroupedTallies<String>()
    var prompts = GroupedTallies<String>()
    private var buffer: [UInt8] = []

    /// Counts one sampled activity (read in place, without copying the row).
    mutating func add(_ activity: UnsafePointer<Activity>) {
        guard let snapshot = activity.pointee.contentSnapshot else { return }
        let converted = activity.pointee.ledToBooking
        all.record(converted: converted)
        if let subject = snapshot.subject, !subject.isEmpty {
            FoldedText.fold(subject, into: &buffer)
            let mask = SubjectPattern.matches(inFolded: buffer)
            for bit in 0..<SubjectPattern.allCases.count where mask & (1 << UInt8(bit)) != 0 {
                subjects.record(bit, converted: converted)
            }
        }
        if let pains = snapshot.painPointsUsed {
            for pain in pains { painPoints.record(pain, converted: converted) }
        }
        if let cta = snapshot.ctaUsed, !cta.isEmpty { ctas.record(cta, converted: converted) }
        if let body = snapshot.body {
            let mask = ContentVocabulary.angleAutomaton.groups(in: body)
            if mask != 0 {
                for bit in 0..<ContentVocabulary.angles.count where mask & (UInt64(1) << UInt64(bit)) != 0 {
                    angles.record(bit, converted: converted)
                }
            }
        }
        if let words = snapshot.wordCount, words > 0 {
            recordLength(channel: snapshot.channel ?? "email", words: words, converted: converted)
        }
        if snapshot.hasCompanyMention == true { personalization[0].record(converted: converted) }
        if snapshot.hasFirstName == true { personalization[1].record(converted: converted) }
        if snapshot.hasRecentNews == true { personalization[2].record(converted: converted) }
        if snapshot.hasMutualConnection == true { personalization[3].record(converted: converted) }
        if snapshot.hasIndustrySpecific == true { personalization[4].record(converted: converted) }
        if let template = activity.pointee.templateId { templates.record(template, converted: converted) }
        if let test = activity.pointee.abTestId, let variant = activity.pointee.abVariant, !variant.isEmpty {
            if tests[test] == nil { testOrder.append(test) }
            tests[test, default: GroupedTallies()].record(variant, converted: converted)
        }
        if let links = activity.pointee.linksIncluded, !links.isEmpty {
            withLinks.record(converted: converted)
            linkCounts.record(min(links.count, 5), converted: converted)
        } else {
            withoutLinks.record(converted: converted)
        }
        if let model = activity.pointee.aiModelUsed, !model.isEmpty { models.record(model, converted: converted) }
        if let prompt = activity.pointee.promptVersion, !prompt.isEmpty { prompts.record(prompt, converted: converted) }
    }

    private mutating func recordLength(channel: String, words: Int, converted: Bool) {
        let index: Int
        if let found = lengthChannels.firstIndex(of: channel) {
            index = found
        } else {
            index = lengthChannels.count
            lengthChannels.append(channel)
            lengthTallies.append((0, 0, 0))
        }
        lengthTallies[index].pairs += 1
        if converted {
            lengthTallies[index].converting += 1
            lengthTallies[index].convertingWords += words
        }
    }
}
