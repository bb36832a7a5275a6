import VeerkrachtReports
import VeerkrachtStore

/// The store is where reports get their figures: its queries already have the shape
/// `ReportSource` asks for. Declared once, here, for the command line, the web app and the tests.
extension Store: ReportSource {}
