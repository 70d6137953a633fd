import Testing
import AgencyCore
import AgencyOS
import AgencyOutreach

@Suite("CSV reading")
struct CSVReaderTests {
    func records(_ text: String) -> [Result<CSVRecord, CSVError>] { CSVReader(text: text).records() }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,note\r\n\"Smith, Ada\",\"said \"\"hi\"\"\nthen left\"\r\nBob,plain\n"
        let rows = try records(text).map { try $0.get() }
        #expect(rows.map(\.fields) == [["name", "note"], ["Smith, Ada", "said \"hi\"\nthen left"], ["Bob", "plain"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func badRecordsAreReportedWithTheirLineAndReadingContinues() {
        let text = "\u{FEFF}a,b\nok,1\nbro\"ken,2\n\nfine,3\n\"never closed,4\n"
        let results = records(text)
        let good = results.compactMap { try? $0.get() }.map(\.fields)
        let bad = results.compactMap { if case .failure(let error) = $0 { return error }; return nil }
        #expect(good == [["a", "b"], ["ok", "1"], ["fine", "3"]])
        #expect(bad == [CSVError(line: 3, message: "a quote inside an unquoted field"),
                        CSVError(line: 6, message: "a quoted field is never closed")])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let bad = records("\"a\"b,c\n").compactMap { if case .failure(let error) = $0 { return error }; return nil }
        #expect(bad.map(\.line) == [1])
    }

    @Test func leadRowsMapHeadersAndReportBadRows() throws {
        let client = try #require(ID<Client>(uuidString: "6f1c2a3e-1111-4a4a-8b8b-000000000002"))
        let campaign = try #require(ID<Campaign>(uuidString: "6f1c2a3e-1111-4a4a-8b8b-000000000003"))
        let text = """
        Email,First Name,Last Name,Job Title,Company,Employees,Hiring,Funding Date,Unknown
        ada@example.com,Ada,Lovelace,CEO,"Analytical Engines, Ltd",25,yes,2025-11-01,x
        ,No,Email,CTO,Nowhere,5,no,,x
        grace@example.com,Grace,Hopper,"Director of Engineering",Navy,"1,200",no,,x
        bad@example.com,Too,Few
        date@example.com,D,E,F,G,10,no,yesterday,x
        """
        let result = LeadCSV.read(text, client: client, campaign: campaign)
        #expect(result.leads.map(\.email) == ["ada@example.com", "grace@example.com"])
        #expect(result.leads.first?.company == "Analytical Engines, Ltd")
        #expect(result.leads.first?.organizationIsHiring == true)
        #expect(result.leads.first?.organizationLatestFundingDate == LocalDate(year: 2025, month: 11, day: 1))
        #expect(result.leads.last?.organizationEmployeeCount == 1_200)
        #expect(result.errors.map(\.line) == [3, 5, 6])
    }
}
