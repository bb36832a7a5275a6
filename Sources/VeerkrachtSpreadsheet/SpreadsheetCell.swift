/// One cell of a spreadsheet row. The caller says what it is, so the writer never guesses from the
/// content: `"=1+1"` is text (a string cell is never a formula), `-0.113` is a number.
public enum SpreadsheetCell: Sendable, Hashable {
    /// Text, shown exactly as given.
    case text(String)
    /// A number; a value that is not finite is written as an empty cell.
    case number(Double)
    /// A whole number, such as a count.
    case integer(Int)
    /// No value: the cell is left out.
    case empty
}
