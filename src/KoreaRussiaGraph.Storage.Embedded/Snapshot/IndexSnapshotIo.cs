using System.Runtime.InteropServices;

namespace KoreaRussiaGraph.Storage.Embedded.Index;

/// <summary>Arrays of unmanaged structs as raw bytes, and nullable strings, for the index snapshot.</summary>
internal static class IndexSnapshotIo
{
    public static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values) where T : unmanaged =>
        writer.Write(MemoryMarshal.AsBytes(values));

    public static void ReadArray<T>(BinaryReader reader, Span<T> values) where T : unmanaged =>
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values));

    public static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    public static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>A count read from the file, refused when it cannot be one (a damaged file must not allocate gigabytes).</summary>
    public static int CheckedLength(int length) =>
        length is >= 0 and <= 1 << 30 ? length : throw new InvalidDataException($"Implausible length {length} in the index snapshot.");
}
