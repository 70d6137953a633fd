import Foundation
import Testing
import AgencyCore
import Avenir

/// Typed learning snapshots per event type; unknown types and members survive.
@Suite("Avenir growth-brain snapshots")
struct GrowthBrainSnapshotTests {
    struct Example: Sendable, CustomStringConvertible {
        let eventType: GrowthEventType
        let json: String
        var description: String { "\(eventType.rawValue): \(json.prefix(40))" }
    }

    /// The seed's learning_snapshot examples, verbatim.
    static let seedExamples = [
        Example(eventType: .conversion, json: #"{"lead_id": "...", "conversion_value": 5000, "days_to_convert": 7}"#),
        Example(eventType: .reversion, json: #"{"reason": "Placed in converted by accident", "previous_tag": "Converted"}"#),
        Example(eventType: .patternDetected, json: #"{"pattern": "urgency_increasing", "confidence": 0.89, "affected_leads": 23}"#),
        Example(eventType: .engagementScore, json: #"{"score": 87, "trend": "increasing", "top_sources": ["organic", "referral"]}"#),
        Example(eventType: .urgencyTrend, json: #"{"high_urgency_pct": 0.34, "trend": "stable"}"#),
        Example(eventType: .toneDistribution, json: #"{"professional": 0.45, "friendly": 0.35, "urgent": 0.20}"#),
        Example(eventType: .conversionPrediction, json: #"{"predicted_conversions": 12, "next_30_days": true, "confidence": 0.78}"#),
        Example(eventType: .conversion, json: """
            {"lead_id": "a1b2c3d4-...", "lead_name": "Sarah Chen", "conversion_value": 5000, "days_to_convert": 7,
             "touch_points": 3, "initial_urgency": "High", "final_tag": "Converted"}
            """),
        Example(eventType: .patternDetected, json: """
            {"pattern_type": "urgency_increasing", "affected_leads": 23, "time_period": "last_7_days", "confidence": 0.89,
             "recommendation": "Increase follow-up frequency",
             "data_points": [{"date": "2025-10-10", "avg_urgency": "Medium"}, {"date": "2025-10-17", "avg_urgency": "High"}]}
            """),
        Example(eventType: .engagementScore, json: """
            {"overall_score": 87, "trend": "increasing", "period": "last_30_days",
             "metrics": {"total_leads": 150, "active_leads": 120, "avg_confidence": 0.85, "high_urgency_pct": 0.34},
             "top_sources": ["organic_search", "referral", "paid_ads"], "top_industries": ["Real Estate", "Legal", "Marketing"]}
            """),
        Example(eventType: .conversionPrediction, json: """
            {"predicted_conversions": 12, "prediction_window": "next_30_days", "confidence": 0.78,
             "high_value_leads": [{"lead_id": "...", "probability": 0.92, "estimated_value": 3000},
                                  {"lead_id": "...", "probability": 0.88, "estimated_value": 4500}],
             "recommended_actions": ["Follow up with leads tagged 'Follow-Up'", "Focus on high-confidence leads (>0.85)"]}
            """),
        Example(eventType: .conversionPrediction, json: #"{"predicted_conversions": 12, "confidence": 0.78, "based_on": "14 historical conversions"}"#),
    ]

    static func json(_ text: String) throws -> JSONValue {
        try JSONDecoder.agencyKit.decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test("every seed example decodes as its typed snapshot and encodes back unchanged", arguments: seedExamples)
    func seedExample(_ example: Example) throws {
        let original = try Self.json(example.json)
        let snapshot = try LearningSnapshot(eventType: example.eventType, json: original)
        #expect(snapshot.eventType == example.eventType)
        if case .unrecognized = snapshot { Issue.record("a documented event type was not typed") }
        #expect(try snapshot.json() == original)
    }

    @Test("typed members read the seed's shapes")
    func typedMembers() throws {
        guard case .patternDetected(let pattern) = try LearningSnapshot(eventType: .patternDetected, json: Self.json(Self.seedExamples[8].json)) else {
            Issue.record("not a pattern")
            return
        }
        #expect(pattern.patternType == "urgency_increasing" && pattern.affectedLeads == 23 && pattern.confidence == 0.89)
        #expect(pattern.dataPoints?.map(\.date) == [LocalDate(year: 2025, month: 10, day: 10), LocalDate(year: 2025, month: 10, day: 17)])
        guard case .toneDistribution(let tones) = try LearningSnapshot(eventType: .toneDistribution, json: Self.json(Self.seedExamples[5].json)) else {
            Issue.record("not a tone distribution")
            return
        }
        #expect(tones.shares == ["professional": 0.45, "friendly": 0.35, "urgent": 0.20])
    }

    @Test("extra members, nulls and nested unknowns survive decode → encode")
    func extraMembers() throws {
        let original = try Self.json("""
            {"lead_id": "a1", "days_to_convert": 7, "initial_tone": null, "campaign": {"id": 3, "tags": ["spring", null]},
             "score_v2": 0.125, "final_tag": "Converted"}
            """)
        let snapshot = try LearningSnapshot(eventType: .conversion, json: original)
        guard case .conversion(var conversion) = snapshot else {
            Issue.record("not a conversion")
            return
        }
        #expect(conversion.additionalFields.keys.sorted() == ["campaign", "initial_tone", "score_v2"])
        #expect(try snapshot.json() == original)
        conversion.initialTone = "Friendly"
        #expect(try JSONValue(encoding: conversion)["initial_tone"] == "Friendly", "a typed value replaces a kept null")
    }

    @Test("an unknown event type keeps its JSON and the row round-trips")
    func unknownEventType() throws {
        let original = try Self.json(#"{"risk": 0.7, "drivers": ["silence", "price"], "nested": {"a": [1, 2.50, null]}}"#)
        let event = GrowthBrainEvent(clientId: .avenirInternal, eventType: "churn_risk", learningSnapshot: original)
        #expect(try event.snapshot() == .unrecognized("churn_risk", original))
        let row = try Fixtures.decode(GrowthBrainEvent.self, from: Fixtures.encodedObject(event))
        #expect(row == event)
        #expect(try Fixtures.encodedObject(row)["learning_snapshot"] == original)
    }

    @Test("the fixture row's snapshot is written back exactly")
    func fixtureSnapshot() throws {
        let fixture = try Fixtures.object("growth_brain")
        let event = try Fixtures.row(GrowthBrainEvent.self)
        #expect(try Fixtures.encodedObject(event)["learning_snapshot"] == fixture["learning_snapshot"])
        guard case .conversion(let conversion)? = try event.snapshot() else {
            Issue.record("not a conversion")
            return
        }
        #expect(conversion.daysToConvert == 7 && conversion.touchPoints == 3 && conversion.conversionValue == 5000)
    }

    @Test("a known member of another shape is a typed decoding error naming it; the row keeps the JSON")
    func wrongShape() throws {
        let original = try Self.json(#"{"days_to_convert": "seven"}"#)
        let event = GrowthBrainEvent(clientId: .avenirInternal, eventType: .conversion, learningSnapshot: original)
        do {
            _ = try event.snapshot()
            Issue.record("a string decoded as days")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["days_to_convert"])
        }
        #expect(try Fixtures.encodedObject(event)["learning_snapshot"] == original)
    }

    @Test("a typed snapshot builds an event of its type")
    func typedEvent() throws {
        let event = try GrowthBrainEvent(clientId: .avenirInternal, snapshot: .reversion(ReversionSnapshot(reason: "oops")))
        #expect(event.eventType == .reversion)
        #expect(event.learningSnapshot == ["reason": "oops"])
    }
}
