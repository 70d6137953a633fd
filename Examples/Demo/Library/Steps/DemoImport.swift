import AgencyKit

extension DemoSession {
    /// Step 3: one entry on each suppression list. The global and domain lists are the
    /// platform's (written in the platform scope); the client list is the tenant's own.
    mutating func createSuppressionLists() async throws {
        output.section(3, "Suppression lists")
        guard let client, let owner else { throw DemoError.unexpected("no tenant yet") }
        let global = try await platform.insert(GlobalSuppression(
            email: "marcus.bell@summitpeak.com.au", reason: "unsubscribed", source: "another agency's campaign"))
        let own = try await tenant().insert(ClientSuppression(
            clientId: client.id, email: "ella.fraser@coralwave.co.nz", reason: "existing customer", addedBy: owner.id))
        let domain = try await platform.insert(DomainSuppression(domain: "rivalgrowth.io", reason: "competitor"))
        output.table([
            ["global", global.email, global.reason],
            ["client", own.email, own.reason],
            ["domain", domain.domain, domain.reason],
        ])
    }

    /// Step 4: parse the CSV with `LeadCSV`, report the rows it skipped, and import the rest
    /// with `LeadImporter` (de-duplication, suppression, validation).
    mutating func importLeads() async throws {
        guard let client, let mainCampaign else { throw DemoError.unexpected("no campaign yet") }
        let text = configuration.leadsCSV
        let physicalLines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            - (text.hasSuffix("\n") ? 1 : 0)
        output.section(4, "Import \(configuration.leadsCSVName) (\(physicalLines) lines) into \"\(mainCampaign.name)\"")
        let parsed = LeadCSV.read(text, client: client.id, campaign: mainCampaign.id)
        report.csvLeads = parsed.leads.count
        report.csvErrors = parsed.errors
        output.line("   LeadCSV read \(parsed.leads.count) leads (quoted commas and a line break inside quotes "
            + "parsed) and skipped \(parsed.errors.count) rows:")
        for error in parsed.errors { output.line("     line \(error.line): \(error.message)") }

        let result = try await LeadImporter(store: tenant(), batchSize: 100).importLeads(parsed.leads)
        report.importReport = result
        output.line("   LeadImporter: \(result.inserted.count) inserted, \(result.merged.count) merged, "
            + "\(result.suppressed.count) suppressed, \(result.duplicatesInImport.count) duplicate, "
            + "\(result.invalid.count) invalid")
        var rows: [[String]] = []
        for entry in result.suppressed {
            rows.append(["suppressed", entry.email, "\(entry.match.list.rawValue) list: \(entry.match.reason)"])
        }
        for email in result.duplicatesInImport {
            rows.append(["duplicate", email, "same address as an earlier row (case ignored); first row kept"])
        }
        for entry in result.invalid {
            let rules = entry.error.violations.map { "\($0.columns.joined(separator: ",")): \($0.message)" }
            rows.append(["invalid", entry.email, rules.joined(separator: "; ")])
        }
        output.table(rows, indent: 5)
        for lead in try await tenant().fetch(Query<Lead>().where(\.campaignId, .equals(mainCampaign.id))) {
            imported[lead.id] = lead
        }
    }

    /// The addresses checked before the first send: one per list, and one clean.
    static let suppressionProbes = [
        " Marcus.Bell@SUMMITPEAK.com.au ", "ella.fraser@coralwave.co.nz", "ceo@rivalgrowth.io", "niamh.scott@embergate.com",
    ]

    /// Step 5: `SuppressionCheck` before outreach, showing which list matched.
    mutating func checkSuppression() async throws {
        output.section(5, "Suppression check before outreach")
        let check = SuppressionCheck(store: try tenant())
        var rows: [[String]] = []
        for email in Self.suppressionProbes {
            let match = try await check.match(email)
            report.suppressionChecks.append(.init(email: email, match: match))
            let verdict = match.map { "blocked by the \($0.list.rawValue) list (\($0.reason); matched \($0.matched))" }
                ?? "may be contacted"
            rows.append(["\"\(email)\"", verdict])
        }
        output.table(rows)
    }
}
