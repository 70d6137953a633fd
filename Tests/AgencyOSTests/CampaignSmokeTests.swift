import Testing
import Foundation
import AgencyCore
import AgencyOS

@Suite struct CampaignSmokeTests {
    let row = #"""
    {"id":"6f1c2a3e-1111-4a4a-8b8b-000000000001","client_id":"6f1c2a3e-1111-4a4a-8b8b-000000000002","created_by":null,
     "name":"Q1 SaaS founders","description":null,"status":"active","paused_at":null,"pause_reason":null,"paused_by_user_id":null,
     "campaign_type":"custom","lead_allocation_pct":100,"lead_count":0,"ai_suggestion_reason":null,"permission_mode":"co_pilot",
     "target_industries":["saas"],"target_titles":null,"target_company_sizes":null,"target_locations":["Australia"],
     "allocation_email":60,"allocation_sms":0,"allocation_linkedin":40,"allocation_voice":0,"allocation_mail":0,
     "start_date":"2026-01-05","end_date":null,"daily_limit":50,"timezone":"Australia/Sydney","work_hours_start":"09:00:00",
     "work_hours_end":"17:00:00","work_days":[1,2,3,4,5],"total_leads":0,"leads_contacted":0,"leads_replied":0,"leads_converted":0,
     "sequence_steps":5,"sequence_delay_days":3,"uses_default_sequence":true,"created_at":"2026-01-23T10:15:30.123456+00:00",
     "updated_at":"2026-01-23 10:15:30.1234+10:00","deleted_at":null}
    """#

    @Test func decodesValidatesAndRoundTrips() throws {
        let campaign = try JSONDecoder.agencyKit.decode(Campaign.self, from: Data(row.utf8))
        #expect(campaign.violations.isEmpty, "\(campaign.violations)")
        let again = try JSONDecoder.agencyKit.decode(Campaign.self, from: JSONEncoder.agencyKit.encode(campaign))
        #expect(again == campaign)
        var bad = campaign
        bad.allocationEmail = 70
        bad.dailyLimit = 0
        bad.timezone = "Mars/Base"
        let kinds = bad.violations.map(\.rule)
        #expect(kinds.contains("valid_allocation"))
        #expect(kinds.contains("range"))
        #expect(kinds.contains("format(timeZone)"))
        print(bad.violations.map(\.description).joined(separator: "\n"))
    }

    @Test func unknownEnumIsTyped() throws {
        let broken = row.replacingOccurrences(of: #""status":"active""#, with: #""status":"archived""#)
        #expect(throws: UnknownEnumValueError.self) {
            try JSONDecoder.agencyKit.decode(Campaign.self, from: Data(broken.utf8))
        }
    }
}
