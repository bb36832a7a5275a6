import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an SPSS data file (`.sav`) row by row through the ReadStat library, loaded at run time:
/// variables with their labels, value labels, user-missing values, levels of measurement and
/// display formats, then the rows, compressed as SPSS itself compresses them (bytecode: a small
/// whole number takes one byte). SPSS stores the number of rows in the header, so it is given
/// up front. Rows go to a temporary file next to `path` as they come (memory stays flat);
/// `finish()` puts the file in place whole, so a failed export never leaves half a file. A writer
/// dropped without `finish()` removes its temporary file.
///
/// ```swift
/// let writer = try SAVWriter(path: "responses.sav", variables: [
///     SAVVariable(name: "respondent", kind: .text(width: 16), measure: .nominal),
///     SAVVariable(name: "coh1", label: "Mensen hier helpen elkaar.", kind: .number(decimals: 0), measure: .ordinal),
/// ], rowCount: 1)
/// try writer.append([.text("R0001"), .number(4)])
/// try writer.finish()
/// ```
public final class SAVWriter {
    /// Whether the ReadStat library can be loaded on this machine.
    public static var isAvailable: Bool { ReadStat.shared != nil }

    /// The file written by `finish()`.
    public let path: String
    private let library: ReadStat
    private let writer: ReadStat.Writer
    private let file: UnsafeMutablePointer<FILE>
    private let temporaryPath: String
    private var variables: [ReadStat.Variable] = []
    private var isOpen = true

    /// Starts the file at `path` with `variables` and `rowCount` rows, labelled `fileLabel`.
    /// - Throws: `SPSSWriteError.libraryMissing` when ReadStat is not installed, `.cannotWrite`
    ///   when the temporary file cannot be created, `.refused` when ReadStat refuses a variable.
    public init(path: String, variables: [SAVVariable], rowCount: Int, fileLabel: String? = nil) throws {
        guard let library = ReadStat.shared else { throw SPSSWriteError.libraryMissing }
        let target = URL(fileURLWithPath: path)
        temporaryPath = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)").path
        guard let file = fopen(temporaryPath, "wb") else {
            throw SPSSWriteError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard let writer = library.writerInit() else {
            fclose(file)
            unlink(temporaryPath)
            throw SPSSWriteError.cannotWrite(path: path, reason: "out of memory")
        }
        setvbuf(file, nil, _IOFBF, 1 << 20)
        (self.path, self.library, self.writer, self.file) = (path, library, writer, file)
        _ = library.setDataWriter(writer, { data, length, context in
            guard let data, let context else { return -1 }
            return fwrite(data, 1, length, context.assumingMemoryBound(to: FILE.self)) == length ? length : -1
        })
        try check(library.setCompression(writer, ReadStat.compressRows))
        if let fileLabel { try check(fileLabel.withCString { library.setFileLabel(writer, $0) }) }
        var labelSets: [[SAVValueLabel]: ReadStat.LabelSet] = [:]
        for variable in variables {
            self.variables.append(try add(variable, labelSets: &labelSets))
        }
        try check(library.beginWritingSAV(writer, UnsafeMutableRawPointer(file), rowCount))
    }

    deinit {
        library.writerFree(writer)
        if isOpen {
            fclose(file)
            unlink(temporaryPath)
        }
    }

    /// Appends one row: one value per variable, in the variables' order.
    /// - Throws: `SPSSWriteError.refused` when ReadStat refuses a value (text longer than its
    ///   variable's width) or the file cannot be written.
    public func append(_ row: [SAVValue]) throws {
        try check(library.beginRow(writer))
        let variables = self.variables
        for (index, value) in row.enumerated() {
            let variable = variables[index]
            switch value {
            case .text(let text): try check(text.withCString { library.insertString(writer, variable, $0) })
            case .number(let number?) where number.isFinite: try check(library.insertDouble(writer, variable, number))
            case .number: try check(library.insertMissing(writer, variable))
            }
        }
        try check(library.endRow(writer))
    }

    /// Completes the file and puts it at `path` (replacing what was there).
    /// - Throws: `SPSSWriteError` when fewer or more rows were appended than announced, or the
    ///   file cannot be written.
    public func finish() throws {
        precondition(isOpen, "SAVWriter.finish() called twice")
        try check(library.endWriting(writer))
        isOpen = false
        let flushed = fflush(file) == 0
        let closed = fclose(file) == 0
        guard flushed, closed, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw SPSSWriteError.cannotWrite(path: path, reason: reason)
        }
    }

    private func check(_ code: Int32) throws {
        guard code != ReadStat.ok else { return }
        throw SPSSWriteError.refused(path: path, reason: library.message(code))
    }

    /// Declares `variable`, sharing a label set between variables with the same value labels.
    private func add(_ variable: SAVVariable, labelSets: inout [[SAVValueLabel]: ReadStat.LabelSet]) throws -> ReadStat.Variable {
        let (type, width, format): (ReadStat.ValueType, Int, String) = switch variable.kind {
        case .text(let width): (.string, max(1, width), "A\(max(1, width))")
        case .number(let decimals): (.double, 0, "F\(max(8, decimals + 3)).\(decimals)")
        }
        guard let pointer = variable.name.withCString({ library.addVariable(writer, $0, type.rawValue, width) }) else {
            throw SPSSWriteError.refused(path: path, reason: "variable \(variable.name) was not accepted")
        }
        if let label = variable.label { label.withCString { library.variableSetLabel(pointer, $0) } }
        format.withCString { library.variableSetFormat(pointer, $0) }
        library.variableSetMeasure(pointer, variable.measure.rawValue)
        library.variableSetDisplayWidth(pointer, Int32(variable.displayWidth))
        if !variable.valueLabels.isEmpty {
            let set: ReadStat.LabelSet
            if let shared = labelSets[variable.valueLabels] {
                set = shared
            } else {
                guard let added = "labels\(labelSets.count)".withCString({ library.addLabelSet(writer, ReadStat.ValueType.double.rawValue, $0) })
                else { throw SPSSWriteError.refused(path: path, reason: "the value labels of \(variable.name) were not accepted") }
                for label in variable.valueLabels { label.label.withCString { library.labelDoubleValue(added, label.value, $0) } }
                labelSets[variable.valueLabels] = added
                set = added
            }
            library.variableSetLabelSet(pointer, set)
        }
        for value in variable.missingValues { try check(library.variableAddMissingDoubleValue(pointer, value)) }
        return pointer
    }
}
