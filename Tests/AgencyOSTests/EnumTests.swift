import Foundation
import Testing
import AgencyCore
import AgencyOS

/// One enumeration and the raw values the spec (§2) gives it.
struct EnumCase: Sendable, CustomTestStringConvertible {
    let name: String
    let expected: [String]
    let allRawValues: @Sendable () -> [String]
    let decode: @Sendable (Data) throws -> String

    init<E: SchemaEnum>(_ type: E.Type, _ expected: [String]) {
        name = String(describing: E.self)
        self.expected = expected
        allRawValues = { E.allRawValues }
        decode = { try JSONDecoder.agencyKit.decode(E.self, from: $0).rawValue }
    }

    var testDescription: String { name }
}

/// Every enumeration accepts exactly its spec raw values and rejects others with
/// ``UnknownEnumValueError``.
@Suite("Agency OS enums")
struct EnumTests {
    static let cases: [EnumCase] = [
        EnumCase(TierType.self, ["ignition", "velocity", "dominance"]),
        EnumCase(SubscriptionStatus.self, ["trialing", "active", "past_due", "cancelled", "paused"]),
        EnumCase(MembershipRole.self, ["owner", "admin", "member", "viewer"]),
        EnumCase(PermissionMode.self, ["autopilot", "co_pilot", "manual"]),
        EnumCase(DigestFrequency.self, ["daily", "weekly", "none"]),
        EnumCase(DigestType.self, ["daily", "weekly"]),
        EnumCase(DigestStatus.self, ["pending", "sent", "failed", "skipped"]),
        EnumCase(WebhookEventType.self, [
            "lead.created", "lead.enriched", "lead.scored", "lead.converted", "campaign.started", "campaign.paused",
            "campaign.completed", "reply.received", "meeting.booked",
        ]),
        EnumCase(AuditAction.self, [
            "create", "update", "delete", "login", "logout", "export", "import", "webhook_sent", "webhook_failed",
        ]),
        EnumCase(CampaignStatus.self, ["draft", "active", "paused", "completed"]),
        EnumCase(CampaignType.self, ["ai_suggested", "custom"]),
        EnumCase(LeadStatus.self, ["new", "enriched", "scored", "in_sequence", "converted", "unsubscribed", "bounced"]),
        EnumCase(ChannelType.self, ["email", "sms", "linkedin", "voice", "mail"]),
        EnumCase(IntentType.self, [
            "meeting_request", "interested", "question", "not_interested", "unsubscribe", "out_of_office", "auto_reply",
            "referral", "wrong_person", "angry_or_complaint",
        ]),
        EnumCase(RejectionReason.self, [
            "timing_not_now", "budget_constraints", "using_competitor", "not_decision_maker", "no_need", "bad_experience",
            "too_busy", "not_interested_generic", "do_not_contact", "wrong_contact", "company_policy", "other",
        ]),
        EnumCase(PoolStatus.self, ["available", "assigned", "converted", "bounced", "unsubscribed", "invalid"]),
        EnumCase(EmailStatus.self, ["verified", "guessed", "invalid", "catch_all", "unknown"]),
        EnumCase(PatternType.self, ["who", "what", "when", "how", "funnel"]),
        EnumCase(SuggestionType.self, [
            "create_campaign", "pause_campaign", "adjust_allocation", "refine_targeting", "change_channel_mix",
            "update_content", "adjust_timing",
        ]),
        EnumCase(SuggestionStatus.self, ["pending", "approved", "rejected", "applied", "expired"]),
        EnumCase(ResourceType.self, ["email_domain", "phone_number", "linkedin_seat"]),
        EnumCase(ResourceStatus.self, ["available", "assigned", "warming", "retired"]),
        EnumCase(HealthStatus.self, ["good", "warning", "critical"]),
        EnumCase(LinkedInConnectionStatus.self, [
            "pending", "connecting", "awaiting_2fa", "connected", "failed", "disconnected", "credentials_required",
        ]),
        EnumCase(LinkedInSeatStatus.self, ["pending", "awaiting_2fa", "warmup", "active", "restricted", "disconnected"]),
        EnumCase(LinkedInRequestStatus.self, ["pending", "accepted", "ignored", "declined", "withdrawn"]),
        EnumCase(ALSTier.self, ["hot", "warm", "cool", "cold", "dead"]),
    ]

    @Test("raw values are exactly the spec's", arguments: cases)
    func rawValuesMatchSpec(_ enumCase: EnumCase) {
        #expect(enumCase.allRawValues() == enumCase.expected)
    }

    @Test("each raw value decodes to itself", arguments: cases)
    func eachRawValueDecodes(_ enumCase: EnumCase) throws {
        for raw in enumCase.expected {
            #expect(try enumCase.decode(Data("\"\(raw)\"".utf8)) == raw)
        }
    }

    @Test("an unknown value throws UnknownEnumValueError naming enum, value and allowed values", arguments: cases)
    func unknownValueIsTyped(_ enumCase: EnumCase) throws {
        for unknown in ["not_a_value", "", enumCase.expected[0].uppercased()] {
            do {
                _ = try enumCase.decode(Data("\"\(unknown)\"".utf8))
                Issue.record("\(enumCase.name) accepted \"\(unknown)\"")
            } catch let error as UnknownEnumValueError {
                #expect(error.enumName == enumCase.name)
                #expect(error.value == unknown)
                #expect(error.allowedValues == enumCase.expected)
                #expect(error.description.contains(enumCase.expected.joined(separator: ", ")))
            }
        }
    }
}
