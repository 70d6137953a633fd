import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

/// The pattern JSON has exactly the keys of spec §3–§7, and decodes back to the same value.
@Suite struct PatternShapeTests {
    func keys(_ json: JSONValue?) -> Set<String> { Set(json?.objectValue?.keys ?? [:].keys) }

    @Test func whoShape() throws {
        let detection = SyntheticRecoveryTests.whoDetection
        let json = try detection.patternJSON()
        #expect(keys(json) == ["type", "version", "computed_at", "sample_size", "baseline_conversion_rate", "title_rankings",
                               "industry_rankings", "size_analysis", "timing_signals", "objection_patterns"])
        #expect(keys(json["title_rankings"]?.arrayValue?.first) == ["title", "conversion_rate", "sample", "lift"])
        #expect(keys(json["size_analysis"]) == ["sweet_spot", "sweet_spot_rate", "distribution"])
        #expect(keys(json["objection_patterns"]) == ["by_industry", "by_company_size", "overall_distribution"])
        #expect(try json.decode(as: WhoPattern.self) == detection.pattern)
        #expect(keys(try WhoDetector().detect(leads: [], now: Fixtures.now).patternJSON())
            == ["type", "version", "computed_at", "sample_size", "baseline_conversion_rate", "title_rankings",
                "industry_rankings", "size_analysis", "timing_signals", "objection_patterns", "note"])
    }

    @Test func whatShape() throws {
        let detection = SyntheticRecoveryTests.whatDetection
        let json = try detection.patternJSON()
        let sections: Set<String> = ["subject_patterns", "pain_points", "ctas", "angles", "optimal_length",
                                     "personalization_lift", "template_performance", "ab_test_insights", "link_effectiveness",
                                     "ai_model_performance"]
        #expect(keys(json) == sections.union(["type", "version", "computed_at", "sample_size", "baseline_conversion_rate"]))
        #expect(keys(json["link_effectiveness"]) == ["with_links_rate", "without_links_rate", "links_lift", "optimal_link_count",
                                                     "recommendation"])
        #expect(keys(json["template_performance"]?["top_templates"]?.arrayValue?.first)
            == ["template_id", "conversion_rate", "sample", "lift"])
        #expect(keys(json["ctas"]?["effective"]?.arrayValue?.first) == ["cta", "conversion_rate", "sample"])
        #expect(keys(json["personalization_lift"]) == ["company_mention", "first_name", "recent_news", "mutual_connection",
                                                       "industry_specific"])
        #expect(try json.decode(as: WhatPattern.self) == detection.pattern)
        let fallback = try WhatDetector().detect(activities: [], now: Fixtures.now).patternJSON()
        #expect(keys(fallback) == sections.union(["type", "version", "computed_at", "sample_size", "note"]))
    }

    @Test func whenShape() throws {
        let detection = SyntheticRecoveryTests.whenDetection
        let json = try detection.patternJSON()
        #expect(keys(json) == ["type", "version", "computed_at", "sample_size", "baseline_conversion_rate", "best_days",
                               "best_hours", "converting_touch_distribution", "optimal_sequence_gaps", "engagement_timing",
                               "timezone_insights"])
        #expect(keys(json["best_days"]?.arrayValue?.first) == ["day", "day_index", "conversion_rate", "sample"])
        #expect(keys(json["timezone_insights"]?["by_timezone"]?.arrayValue?.first)
            == ["timezone", "sample", "open_rate", "click_rate", "avg_time_to_open", "avg_send_hour_local"])
        #expect(try json.decode(as: WhenPattern.self) == detection.pattern)
    }

    @Test func howShape() throws {
        let detection = SyntheticRecoveryTests.howDetection
        let json = try detection.patternJSON()
        #expect(keys(json) == ["type", "version", "computed_at", "sample_size", "baseline_conversion_rate",
                               "channel_effectiveness", "sequence_patterns", "tier_channel_effectiveness", "multi_channel_lift",
                               "email_engagement_correlation", "channel_conversation_quality"])
        #expect(keys(json["email_engagement_correlation"]).count == 14)
        #expect(try json.decode(as: HowPattern.self) == detection.pattern)
    }

    @Test func funnelShape() throws {
        let data = Fixtures.planted
        let detection = FunnelDetector().detect(leads: data.leads, input: data.funnel, now: data.now)
        let json = try detection.patternJSON()
        #expect(keys(json) == ["show_rate", "meeting_to_deal", "win_rate", "lost_deals", "channel_attribution", "velocity"])
        #expect(keys(json["show_rate"]) == ["sample_size", "overall_rate", "best_day", "best_hour", "insights"])
        #expect(keys(json["win_rate"]) == ["sample_size", "win_rate", "avg_won_value", "avg_days_to_close", "insights"])
        #expect(keys(json["channel_attribution"]) == ["sample_size", "total_revenue", "channels"])
        #expect(try json.decode(as: FunnelPattern.self) == detection.pattern)
        #expect(detection.sampleSize == detection.pattern.sampleSize)
    }
}
