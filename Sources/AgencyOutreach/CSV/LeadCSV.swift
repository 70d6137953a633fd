import Foundation

import AgencyCore
import AgencyOS

/// Leads read from a CSV export, with every row that could not become a lead.
public struct LeadCSVResult: Sendable {
    /// The leads, in file order.
    public let leads: [Lead]
    /// Rows that were skipped, with their line and reason.
    public let errors: [CSVError]
}

/// Reads leads from CSV with a header row. Headers are matched case-insensitively, with
/// spaces, dashes and underscores ignored ("First Name", "first_name"), to the lead columns
/// below; unknown headers are ignored. `email` is required.
public enum LeadCSV {
    /// The header each lead property is read from (normalised: lower case, letters and digits only).
    static let textColumns: [String: WritableKeyPath<Lead, String?> & Sendable] = [
        "firstname": \.firstName, "lastname": \.lastName, "title": \.title, "jobtitle": \.title,
        "company": \.company, "companyname": \.company, "phone": \.phone, "linkedin": \.linkedinUrl,
        "linkedinurl": \.linkedinUrl, "domain": \.domain, "website": \.organizationWebsite, "industry": \.organizationIndustry,
        "country": \.organizationCountry, "seniority": \.seniorityLevel, "timezone": \.timezone,
        "personalemail": \.personalEmail,
    ]

    /// Parses `text` into leads of `client`'s `campaign`. A row with the wrong number of
    /// fields, no email, or an unreadable number or date is reported with its line and
    /// skipped; every other row becomes a lead (validation happens at import).
    public static func read(_ text: String, client: ID<Client>, campaign: ID<Campaign>) -> LeadCSVResult {
        var leads: [Lead] = []
        var errors: [CSVError] = []
        var header: [String]?
        for result in CSVReader(text: text).records() {
            switch result {
            case .failure(let error):
                errors.append(error)
            case .success(let record):
                guard let columns = header else {
                    header = record.fields.map(normalized)
                    continue
                }
                do {
                    leads.append(try lead(from: record, columns: columns, client: client, campaign: campaign))
                } catch let error as CSVError {
                    errors.append(error)
                } catch {
                    errors.append(CSVError(line: record.line, message: "\(error)"))
                }
            }
        }
        if header == nil { errors.append(CSVError(line: 1, message: "the file has no header row")) }
        return LeadCSVResult(leads: leads, errors: errors)
    }

    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    private static func lead(from record: CSVRecord, columns: [String], client: ID<Client>, campaign: ID<Campaign>) throws -> Lead {
        guard record.fields.count == columns.count else {
            throw CSVError(line: record.line, message: "\(record.fields.count) fields, the header has \(columns.count)")
        }
        var values: [String: String] = [:]
        for (column, raw) in zip(columns, record.fields) {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[column] = value }
        }
        guard let email = values["email"] ?? values["emailaddress"] else {
            throw CSVError(line: record.line, message: "no email")
        }
        var lead = Lead(clientId: client, campaignId: campaign, email: email)
        for (column, value) in values {
            if let path = textColumns[column] { lead[keyPath: path] = value }
        }
        if let count = values["employees"] ?? values["employeecount"] {
            guard let number = Int(count.replacingOccurrences(of: ",", with: "")) else {
                throw CSVError(line: record.line, message: "employee count \"\(count)\" is not a number")
            }
            lead.organizationEmployeeCount = number
        }
        if let hiring = values["hiring"] ?? values["ishiring"] {
            lead.organizationIsHiring = ["true", "yes", "1", "y"].contains(hiring.lowercased())
        }
        lead.organizationLatestFundingDate = try date(values["fundingdate"] ?? values["latestfundingdate"], line: record.line)
        lead.employmentStartDate = try date(values["rolestart"] ?? values["employmentstartdate"], line: record.line)
        return lead
    }

    private static func date(_ text: String?, line: Int) throws -> LocalDate? {
        guard let text else { return nil }
        do {
            return try LocalDate(parsing: text)
        } catch {
            throw CSVError(line: line, message: "\"\(text)\" is not a date (yyyy-MM-dd)")
        }
    }
}
