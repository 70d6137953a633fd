import AgencyCore
import AgencyOS
import Foundation

/// A pattern as a suggestion generator sees it: the typed pattern and the confidence, sample
/// size and computation time it was saved with.
public struct PatternEvidence<Pattern: Codable & Hashable & Sendable>: Hashable, Sendable {
    /// The pattern.
    public var pattern: Pattern
    /// Its saved confidence.
    public var confidence: Double
    /// Its saved sample size.
    public var sampleSize: Int
    /// When it was computed.
    public var computedAt: Timestamp

    /// Creates the evidence.
    public init(pattern: Pattern, confidence: Double, sampleSize: Int, computedAt: Timestamp) {
        self.pattern = pattern
        self.confidence = confidence
        self.sampleSize = sampleSize
        self.computedAt = computedAt
    }

    /// The evidence of a fresh detection.
    public init(_ detection: Detection<Pattern>) {
        self.init(pattern: detection.pattern, confidence: detection.confidence, sampleSize: detection.sampleSize,
                  computedAt: detection.computedAt)
    }
}

/// Everything a ``SuggestionGenerator`` sees for one client: its valid patterns and its
/// campaigns, at an injected `now`.
public struct SuggestionContext: Hashable, Sendable {
    /// The client.
    public var clientId: ID<Client>
    /// The time of generation; expiry is `now` + 14 days.
    public var now: Timestamp
    /// The WHO pattern, if valid.
    public var who: PatternEvidence<WhoPattern>?
    /// The WHAT pattern, if valid.
    public var what: PatternEvidence<WhatPattern>?
    /// The WHEN pattern, if valid.
    public var when: PatternEvidence<WhenPattern>?
    /// The HOW pattern, if valid.
    public var how: PatternEvidence<HowPattern>?
    /// The client's campaigns (deleted ones are ignored).
    public var campaigns: [Campaign]

    /// Creates a context from typed patterns.
    public init(clientId: ID<Client>, now: Timestamp, who: PatternEvidence<WhoPattern>? = nil,
                what: PatternEvidence<WhatPattern>? = nil, when: PatternEvidence<WhenPattern>? = nil,
                how: PatternEvidence<HowPattern>? = nil, campaigns: [Campaign] = []) {
        self.clientId = clientId
        self.now = now
        self.who = who
        self.what = what
        self.when = when
        self.how = how
        self.campaigns = campaigns
    }

    /// A context from stored `conversion_patterns` rows: per type, the newest live row that is
    /// valid at `now` (`now < valid_until`).
    ///
    /// - Throws: `DecodingError` when a valid row's JSON is not the type's pattern shape.
    public init(clientId: ID<Client>, now: Timestamp, patterns: [ConversionPattern], campaigns: [Campaign]) throws {
        self.init(clientId: clientId, now: now, campaigns: campaigns)
        var newest: [PatternType: ConversionPattern] = [:]
        for row in patterns where row.clientId == clientId && row.deletedAt == nil && now < row.validUntil {
            if let current = newest[row.patternType], current.computedAt >= row.computedAt { continue }
            newest[row.patternType] = row
        }
        func evidence<P: Codable & Hashable & Sendable>(_ type: PatternType, as: P.Type) throws -> PatternEvidence<P>? {
            guard let row = newest[type] else { return nil }
            return PatternEvidence(pattern: try row.patterns.decode(as: P.self), confidence: row.confidence,
                                   sampleSize: row.sampleSize, computedAt: row.computedAt)
        }
        who = try evidence(.who, as: WhoPattern.self)
        what = try evidence(.what, as: WhatPattern.self)
        when = try evidence(.when, as: WhenPattern.self)
        how = try evidence(.how, as: HowPattern.self)
    }

    /// `{type: {confidence, sample_size, computed_at}}` for every pattern in the context: the
    /// suggestions' `pattern_snapshot`.
    public var patternSnapshot: JSONValue {
        var members: [String: JSONValue] = [:]
        func add(_ type: PatternType, _ confidence: Double?, _ sampleSize: Int?, _ computedAt: Timestamp?) {
            guard let confidence, let sampleSize, let computedAt else { return }
            members[type.rawValue] = .object([
                "confidence": .number(SQLNumeric(confidence).decimal), "sample_size": .number(Decimal(sampleSize)),
                "computed_at": .string(computedAt.naiveISOText),
            ])
        }
        add(.who, who?.confidence, who?.sampleSize, who?.computedAt)
        add(.what, what?.confidence, what?.sampleSize, what?.computedAt)
        add(.when, when?.confidence, when?.sampleSize, when?.computedAt)
        add(.how, how?.confidence, how?.sampleSize, how?.computedAt)
        return .object(members)
    }
}
