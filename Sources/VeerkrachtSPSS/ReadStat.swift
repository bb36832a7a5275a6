import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The part of the ReadStat C library (`readstat.h`, 1.1) that writes a `.sav` file, loaded at run
/// time with `dlopen`, so that Veerkracht builds and runs without it and only the SPSS export needs
/// it. ReadStat's structs are opaque pointers here; its enums are C `int`s with the values of
/// `readstat.h`.
struct ReadStat {
    typealias Writer = OpaquePointer
    typealias Variable = OpaquePointer
    typealias LabelSet = OpaquePointer
    /// `readstat_data_writer`: receives the file's bytes; returns the count written, or −1.
    typealias DataWriter = @convention(c) (UnsafeRawPointer?, Int, UnsafeMutableRawPointer?) -> Int

    /// `readstat_type_t`.
    enum ValueType: Int32 {
        case string = 0
        case double = 5
    }

    /// `READSTAT_COMPRESS_ROWS`: SPSS's bytecode compression, the default of SPSS itself.
    static let compressRows: Int32 = 1

    /// `READSTAT_OK`.
    static let ok: Int32 = 0

    let writerInit: @convention(c) () -> Writer?
    let writerFree: @convention(c) (Writer?) -> Void
    let setDataWriter: @convention(c) (Writer?, DataWriter?) -> Int32
    let addLabelSet: @convention(c) (Writer?, Int32, UnsafePointer<CChar>?) -> LabelSet?
    let labelDoubleValue: @convention(c) (LabelSet?, Double, UnsafePointer<CChar>?) -> Void
    let addVariable: @convention(c) (Writer?, UnsafePointer<CChar>?, Int32, Int) -> Variable?
    let variableSetLabel: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void
    let variableSetFormat: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void
    let variableSetLabelSet: @convention(c) (Variable?, LabelSet?) -> Void
    let variableSetMeasure: @convention(c) (Variable?, Int32) -> Void
    let variableSetDisplayWidth: @convention(c) (Variable?, Int32) -> Void
    let variableAddMissingDoubleValue: @convention(c) (Variable?, Double) -> Int32
    let setFileLabel: @convention(c) (Writer?, UnsafePointer<CChar>?) -> Int32
    let setCompression: @convention(c) (Writer?, Int32) -> Int32
    let beginWritingSAV: @convention(c) (Writer?, UnsafeMutableRawPointer?, Int) -> Int32
    let beginRow: @convention(c) (Writer?) -> Int32
    let insertDouble: @convention(c) (Writer?, Variable?, Double) -> Int32
    let insertString: @convention(c) (Writer?, Variable?, UnsafePointer<CChar>?) -> Int32
    let insertMissing: @convention(c) (Writer?, Variable?) -> Int32
    let endRow: @convention(c) (Writer?) -> Int32
    let endWriting: @convention(c) (Writer?) -> Int32
    let errorMessage: @convention(c) (Int32) -> UnsafePointer<CChar>?

    /// The library's file names, the runtime package's first.
    static let libraryNames = ["libreadstat.so.1", "libreadstat.so", "libreadstat.1.dylib", "libreadstat.dylib"]

    /// The library, loaded once per process; nil when it is not installed.
    static let shared: ReadStat? = load()

    private static func load() -> ReadStat? {
        for name in libraryNames {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let library = ReadStat(handle) { return library }
        }
        return nil
    }

    private init?(_ handle: UnsafeMutableRawPointer) {
        func symbol<T>(_ name: String) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
        }
        guard let writerInit: @convention(c) () -> Writer? = symbol("readstat_writer_init"),
              let writerFree: @convention(c) (Writer?) -> Void = symbol("readstat_writer_free"),
              let setDataWriter: @convention(c) (Writer?, DataWriter?) -> Int32 = symbol("readstat_set_data_writer"),
              let addLabelSet: @convention(c) (Writer?, Int32, UnsafePointer<CChar>?) -> LabelSet? = symbol("readstat_add_label_set"),
              let labelDoubleValue: @convention(c) (LabelSet?, Double, UnsafePointer<CChar>?) -> Void = symbol("readstat_label_double_value"),
              let addVariable: @convention(c) (Writer?, UnsafePointer<CChar>?, Int32, Int) -> Variable? = symbol("readstat_add_variable"),
              let variableSetLabel: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void = symbol("readstat_variable_set_label"),
              let variableSetFormat: @convention(c) (Variable?, UnsafePointer<CChar>?) -> Void = symbol("readstat_variable_set_format"),
              let variableSetLabelSet: @convention(c) (Variable?, LabelSet?) -> Void = symbol("readstat_variable_set_label_set"),
              let variableSetMeasure: @convention(c) (Variable?, Int32) -> Void = symbol("readstat_variable_set_measure"),
              let variableSetDisplayWidth: @convention(c) (Variable?, Int32) -> Void = symbol("readstat_variable_set_display_width"),
              let variableAddMissingDoubleValue: @convention(c) (Variable?, Double) -> Int32 = symbol("readstat_variable_add_missing_double_value"),
              let setFileLabel: @convention(c) (Writer?, UnsafePointer<CChar>?) -> Int32 = symbol("readstat_writer_set_file_label"),
              let setCompression: @convention(c) (Writer?, Int32) -> Int32 = symbol("readstat_writer_set_compression"),
              let beginWritingSAV: @convention(c) (Writer?, UnsafeMutableRawPointer?, Int) -> Int32 = symbol("readstat_begin_writing_sav"),
              let beginRow: @convention(c) (Writer?) -> Int32 = symbol("readstat_begin_row"),
              let insertDouble: @convention(c) (Writer?, Variable?, Double) -> Int32 = symbol("readstat_insert_double_value"),
              let insertString: @convention(c) (Writer?, Variable?, UnsafePointer<CChar>?) -> Int32 = symbol("readstat_insert_string_value"),
              let insertMissing: @convention(c) (Writer?, Variable?) -> Int32 = symbol("readstat_insert_missing_value"),
              let endRow: @convention(c) (Writer?) -> Int32 = symbol("readstat_end_row"),
              let endWriting: @convention(c) (Writer?) -> Int32 = symbol("readstat_end_writing"),
              let errorMessage: @convention(c) (Int32) -> UnsafePointer<CChar>? = symbol("readstat_error_message")
        else { return nil }
        (self.writerInit, self.writerFree, self.setDataWriter, self.addLabelSet, self.labelDoubleValue) =
            (writerInit, writerFree, setDataWriter, addLabelSet, labelDoubleValue)
        (self.addVariable, self.variableSetLabel, self.variableSetFormat, self.variableSetLabelSet, self.variableSetMeasure) =
            (addVariable, variableSetLabel, variableSetFormat, variableSetLabelSet, variableSetMeasure)
        (self.variableSetDisplayWidth, self.variableAddMissingDoubleValue, self.setFileLabel, self.setCompression, self.beginWritingSAV) =
            (variableSetDisplayWidth, variableAddMissingDoubleValue, setFileLabel, setCompression, beginWritingSAV)
        (self.beginRow, self.insertDouble, self.insertString, self.insertMissing, self.endRow, self.endWriting, self.errorMessage) =
            (beginRow, insertDouble, insertString, insertMissing, endRow, endWriting, errorMessage)
    }

    /// ReadStat's text for an error code.
    func message(_ code: Int32) -> String {
        errorMessage(code).map { String(cString: $0) } ?? "ReadStat error \(code)"
    }
}
