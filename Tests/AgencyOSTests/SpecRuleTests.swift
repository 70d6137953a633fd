import Foundation
import Testing
import AgencyCore
import AgencyOS

/// One rule the spec states: the fixture row changed to a passing and to a failing value.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let rule: String
    let columns: [String]
    let passing: @Sendable () throws -> [Violation]
    let failing: @Sendable () throws -> [Violation]

    init<M: Model>(_ type: M.Type, _ columns: [String], _ rule: String,
                   pass: @escaping @Sendable (inout M) -> Void, fail: @escaping @Sendable (inout M) -> Void) {
        testDescription = "\(M.schema.name).\(columns.joined(separator: ",")) \(rule)"
        self.rule = rule
        self.columns = columns
        passing = {
            var row = try Fixtures.row(M.self)
            pass(&row)
            return row.violations
        }
        failing = {
            var row = try Fixtures.row(M.self)
            fail(&row)
            return row.violations
        }
    }
}

/// The CHECKs, lengths, formats and cross-field rules the spec states, each with a value
/// that passes and one that fails.
@Suite("Spec rules: CHECK, length, format and cross-field")
struct SpecRuleTests {
    static let t0 = Instants.now

    static let cases: [RuleCase] = [
        // users
        RuleCase(User.self, ["email"], "format(email)", pass: { $0.email = "sam@acme.io" }, fail: { $0.email = "sam@" }),
        RuleCase(User.self, ["avatar_url"], "format(url)", pass: { $0.avatarUrl = "https://cdn.acme.io/a.png" },
                 fail: { $0.avatarUrl = "cdn.acme.io/a.png" }),
        // clients
        RuleCase(Client.self, ["digest_send_hour"], "range", pass: { $0.digestSendHour = 23 }, fail: { $0.digestSendHour = 24 }),
        RuleCase(Client.self, ["digest_send_hour"], "range", pass: { $0.digestSendHour = 0 }, fail: { $0.digestSendHour = -1 }),
        RuleCase(Client.self, ["name"], "non_empty", pass: { $0.name = "A" }, fail: { $0.name = "   " }),
        RuleCase(Client.self, ["website_url"], "format(url)", pass: { $0.websiteUrl = "http://acme.io" },
                 fail: { $0.websiteUrl = "ftp://acme.io" }),
        RuleCase(Client.self, ["digest_timezone"], "format(timeZone)", pass: { $0.digestTimezone = "Europe/London" },
                 fail: { $0.digestTimezone = "Sydney" }),
        // memberships
        RuleCase(Membership.self, ["invited_email"], "format(email)", pass: { $0.invitedEmail = "new.hire@acme.io" },
                 fail: { $0.invitedEmail = "new hire@acme.io" }),
        // campaigns
        RuleCase(Campaign.self, ["daily_limit"], "range", pass: { $0.dailyLimit = 500 }, fail: { $0.dailyLimit = 501 }),
        RuleCase(Campaign.self, ["daily_limit"], "range", pass: { $0.dailyLimit = 1 }, fail: { $0.dailyLimit = 0 }),
        RuleCase(Campaign.self, ["lead_allocation_pct"], "range", pass: { $0.leadAllocationPct = 100 },
                 fail: { $0.leadAllocationPct = 0 }),
        RuleCase(Campaign.self, ["allocation_voice"], "range", pass: { $0.allocationVoice = 0; $0.allocationEmail = 70 },
                 fail: { $0.allocationVoice = -10; $0.allocationEmail = 80 }),
        RuleCase(Campaign.self, ["allocation_email", "allocation_linkedin", "allocation_mail", "allocation_sms", "allocation_voice"],
                 "valid_allocation",
                 pass: { $0.allocationEmail = 50; $0.allocationLinkedin = 40 }, fail: { $0.allocationEmail = 70 }),
        RuleCase(Campaign.self, ["end_date", "start_date"], "valid_date_range",
                 pass: { $0.endDate = $0.startDate }, fail: { $0.endDate = $0.startDate?.adding(days: -1) }),
        RuleCase(Campaign.self, ["work_hours_end", "work_hours_start"], "valid_work_hours",
                 pass: { $0.workHoursEnd = TimeOfDay(hour: 8, minute: 31) ?? $0.workHoursEnd },
                 fail: { $0.workHoursEnd = $0.workHoursStart }),
        RuleCase(Campaign.self, ["timezone"], "format(timeZone)", pass: { $0.timezone = "UTC" }, fail: { $0.timezone = "Mars/Base" }),
        // campaign_resources
        RuleCase(CampaignResource.self, ["resource_id"], "non_empty", pass: { $0.resourceId = "+61400000000" },
                 fail: { $0.resourceId = "" }),
        RuleCase(CampaignResource.self, ["daily_limit"], "range", pass: { $0.dailyLimit = 0 }, fail: { $0.dailyLimit = -1 }),
        RuleCase(CampaignResource.self, ["daily_used"], "range", pass: { $0.dailyUsed = 0 }, fail: { $0.dailyUsed = -1 }),
        // campaign_sequences
        RuleCase(CampaignSequence.self, ["step_number"], "range", pass: { $0.stepNumber = 1 }, fail: { $0.stepNumber = 0 }),
        RuleCase(CampaignSequence.self, ["delay_days"], "range", pass: { $0.delayDays = 0 }, fail: { $0.delayDays = -2 }),
        RuleCase(CampaignSequence.self, ["body_template"], "non_empty", pass: { $0.bodyTemplate = "Hi" },
                 fail: { $0.bodyTemplate = "\n" }),
        // leads
        RuleCase(Lead.self, ["als_score"], "range", pass: { $0.alsScore = 100 }, fail: { $0.alsScore = 101 }),
        RuleCase(Lead.self, ["als_data_quality"], "range", pass: { $0.alsDataQuality = 20 }, fail: { $0.alsDataQuality = 21 }),
        RuleCase(Lead.self, ["als_authority"], "range", pass: { $0.alsAuthority = 25 }, fail: { $0.alsAuthority = 26 }),
        RuleCase(Lead.self, ["als_company_fit"], "range", pass: { $0.alsCompanyFit = 25 }, fail: { $0.alsCompanyFit = 26 }),
        RuleCase(Lead.self, ["als_timing"], "range", pass: { $0.alsTiming = 15 }, fail: { $0.alsTiming = 16 }),
        RuleCase(Lead.self, ["als_risk"], "range", pass: { $0.alsRisk = 0 }, fail: { $0.alsRisk = -1 }),
        RuleCase(Lead.self, ["email"], "format(email)", pass: { $0.email = "x@y.io" }, fail: { $0.email = "x@y" }),
        RuleCase(Lead.self, ["phone"], "format(e164Phone)", pass: { $0.phone = "+14155550123" }, fail: { $0.phone = "4155550123" }),
        RuleCase(Lead.self, ["domain"], "format(domain)", pass: { $0.domain = "brightloop.com.au" }, fail: { $0.domain = "bright loop.io" }),
        RuleCase(Lead.self, ["linkedin_url"], "format(url)", pass: { $0.linkedinUrl = "https://linkedin.com/in/x" },
                 fail: { $0.linkedinUrl = "linkedin.com/in/x" }),
        RuleCase(Lead.self, ["seniority_level"], "max_length(50)", pass: { $0.seniorityLevel = String(repeating: "s", count: 50) },
                 fail: { $0.seniorityLevel = String(repeating: "s", count: 51) }),
        RuleCase(Lead.self, ["enrichment_confidence"], "range", pass: { $0.enrichmentConfidence = 1 },
                 fail: { $0.enrichmentConfidence = 1.01 }),
        RuleCase(Lead.self, ["meeting_booked", "meeting_booked_at"], "valid_meeting_booked_at",
                 pass: { $0.meetingBooked = false; $0.meetingBookedAt = nil }, fail: { $0.meetingBooked = false }),
        // lead_pool
        RuleCase(LeadPool.self, ["als_score"], "range", pass: { $0.alsScore = 0 }, fail: { $0.alsScore = -1 }),
        RuleCase(LeadPool.self, ["company_domain"], "format(domain)", pass: { $0.companyDomain = "a.io" },
                 fail: { $0.companyDomain = "a" }),
        RuleCase(LeadPool.self, ["campaign_id", "client_id"], "valid_campaign_has_client",
                 pass: { $0.campaignId = nil; $0.clientId = nil }, fail: { $0.clientId = nil }),
        // lead_social_posts
        RuleCase(LeadSocialPost.self, ["source"], "non_empty", pass: { $0.source = "twitter" }, fail: { $0.source = "" }),
        // suppression
        RuleCase(GlobalSuppression.self, ["email"], "format(email)", pass: { $0.email = "A.B@Example.ORG" },
                 fail: { $0.email = "example.org" }),
        RuleCase(GlobalSuppression.self, ["reason"], "non_empty", pass: { $0.reason = "bounce" }, fail: { $0.reason = " " }),
        RuleCase(ClientSuppression.self, ["email"], "format(email)", pass: { $0.email = "cfo@customer.com" },
                 fail: { $0.email = "cfo@@customer.com" }),
        RuleCase(DomainSuppression.self, ["domain"], "format(domain)", pass: { $0.domain = "Competitor.IO" },
                 fail: { $0.domain = "https://competitor.io" }),
        // activities
        RuleCase(Activity.self, ["intent_confidence"], "range", pass: { $0.intentConfidence = 0 }, fail: { $0.intentConfidence = 1.2 }),
        RuleCase(Activity.self, ["sender_domain"], "format(domain)", pass: { $0.senderDomain = "mail.acme.io" },
                 fail: { $0.senderDomain = "mail_acme" }),
        RuleCase(Activity.self, ["lead_local_day_of_week"], "range", pass: { $0.leadLocalDayOfWeek = 7 },
                 fail: { $0.leadLocalDayOfWeek = 8 }),
        RuleCase(Activity.self, ["action"], "non_empty", pass: { $0.action = "opened" }, fail: { $0.action = "" }),
        // activity_stats
        RuleCase(ActivityStats.self, ["email_opened"], "range", pass: { $0.emailOpened = 0 }, fail: { $0.emailOpened = -1 }),
        RuleCase(ActivityStats.self, ["campaign_id", "lead_id"], "lead_stats_name_campaign",
                 pass: { $0.campaignId = nil; $0.leadId = nil }, fail: { $0.campaignId = nil }),
        // conversion patterns
        RuleCase(ConversionPattern.self, ["confidence"], "range", pass: { $0.confidence = 1 }, fail: { $0.confidence = 1.5 }),
        RuleCase(ConversionPattern.self, ["sample_size"], "range", pass: { $0.sampleSize = 0 }, fail: { $0.sampleSize = -1 }),
        RuleCase(ConversionPattern.self, ["computed_at", "valid_until"], "valid_until_after_computed",
                 pass: { $0.validUntil = $0.computedAt.adding(microseconds: 1) }, fail: { $0.validUntil = $0.computedAt }),
        RuleCase(ConversionPatternHistory.self, ["confidence"], "range", pass: { $0.confidence = 0 },
                 fail: { $0.confidence = -0.1 }),
        // campaign suggestions
        RuleCase(CampaignSuggestion.self, ["confidence"], "range", pass: { $0.confidence = 1 }, fail: { $0.confidence = 1.01 }),
        RuleCase(CampaignSuggestion.self, ["confidence"], "numeric_scale", pass: { $0.confidence = 0.99 },
                 fail: { $0.confidence = 0.999 }),
        RuleCase(CampaignSuggestion.self, ["priority"], "range", pass: { $0.priority = 1 }, fail: { $0.priority = 0 }),
        RuleCase(CampaignSuggestion.self, ["priority"], "range", pass: { $0.priority = 100 }, fail: { $0.priority = 101 }),
        RuleCase(CampaignSuggestion.self, ["title"], "non_empty", pass: { $0.title = "T" }, fail: { $0.title = "" }),
        RuleCase(CampaignSuggestion.self, ["campaign_id", "suggestion_type"], "create_campaign_has_no_campaign",
                 pass: { $0.suggestionType = .createCampaign; $0.campaignId = nil },
                 fail: { $0.suggestionType = .createCampaign }),
        RuleCase(CampaignSuggestion.self, ["expires_at", "generated_at"], "expires_after_generated",
                 pass: { $0.expiresAt = $0.generatedAt.adding(days: 14) }, fail: { $0.expiresAt = $0.generatedAt }),
        RuleCase(CampaignSuggestion.self, ["reviewed_at", "status"], "reviewed_status_has_reviewed_at",
                 pass: { $0.status = .pending; $0.reviewedAt = nil }, fail: { $0.reviewedAt = nil }),
        RuleCase(CampaignSuggestion.self, ["applied_at", "status"], "applied_status_has_applied_at",
                 pass: { $0.status = .applied; $0.appliedAt = t0 }, fail: { $0.status = .applied; $0.appliedAt = nil }),
        // icp refinement log
        RuleCase(IcpRefinementLog.self, ["confidence"], "range", pass: { $0.confidence = 0.5 }, fail: { $0.confidence = 2 }),
    ]

    @Test("passing value: no violation of the rule; failing value: a violation naming the columns and rule", arguments: cases)
    func rule(_ ruleCase: RuleCase) throws {
        let passing = try ruleCase.passing()
        #expect(passing.isEmpty, "\(passing)")
        let failing = try ruleCase.failing()
        #expect(failing.count == 1, "\(failing)")
        let violation = try #require(failing.first)
        #expect(violation.rule == ruleCase.rule)
        #expect(violation.columns == ruleCase.columns)
    }

    @Test("validation reports every violation, not only the first")
    func reportsEveryViolation() throws {
        var campaign = try Fixtures.row(Campaign.self)
        campaign.allocationEmail = 70
        campaign.dailyLimit = 0
        campaign.timezone = "Mars/Base"
        campaign.name = ""
        let error = try #require(throws: ValidationError.self) { try campaign.validate() }
        #expect(Set(error.violations.map(\.rule)) == ["valid_allocation", "range", "format(timeZone)", "non_empty"])
        #expect(error.violations.count == 4)
        #expect(error.violations.first { $0.rule == "range" }?.value == "0")
    }

    @Test("secret columns never show their value in violations")
    func secretsAreRedacted() throws {
        let column = try #require(Client.schema.column(named: "hubspot_access_token"))
        #expect(column.description.isSecret)
        let violations = Client.schema.violations(of: .text("secret-token"), in: ColumnDescription(
            name: "hubspot_access_token", type: .varchar(3), isNullable: true, isSecret: true))
        #expect(violations.count == 1)
        #expect(violations.first?.value == nil)
        #expect(violations.first?.message.contains("secret-token") == false)
    }
}
