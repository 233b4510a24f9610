using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Hub.Core.Tests;

/// <summary>Builds the uploads the logo tests need with SkiaSharp, plus the hand-made chunks and headers it cannot write.</summary>
internal static class TestImages
{
    public static readonly SKColor Blue = new(20, 120, 200);

    public static readonly SKColor Red = new(220, 30, 30);

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A picture of one colour; <paramref name="leftRed"/> paints that many left-hand columns red.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, int leftRed = 0)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(Blue);
        if (leftRed > 0)
        {
            bitmap.Erase(Red, new SKRectI(0, 0, leftRed, height));
        }

        return EncodeBitmap(bitmap, format);
    }

    /// <summary>Seeded noise: compresses badly, so cutting the file short cuts into the pixel data.</summary>
    public static byte[] Noise(int width, int height, SKEncodedImageFormat format)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return EncodeBitmap(bitmap, format);
    }

    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("Not decodable.");

    public static SKEncodedImageFormat FormatOf(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException("Not decodable.");
        return codec.EncodedFormat;
    }

    public static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    /// <summary>The chunk types of a PNG, in order.</summary>
    public static List<string> PngChunks(byte[] png)
    {
        var types = new List<string>();
        for (var at = PngSignature.Length; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return types;
    }

    /// <summary>Puts a tEXt chunk (a comment any reader shows) right after a PNG's header chunk.</summary>
    public static byte[] WithTextChunk(byte[] png, string keyword, string text)
    {
        var afterHeader = PngSignature.Length + 12 + BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(PngSignature.Length));
        var chunk = Chunk("tEXt", [.. Encoding.Latin1.GetBytes(keyword), 0, .. Encoding.Latin1.GetBytes(text)]);
        return [.. png.AsSpan(0, afterHeader), .. chunk, .. png.AsSpan(afterHeader)];
    }

    /// <summary>A PNG that declares a canvas but holds a few bytes of pixel data: decoding it would fail.</summary>
    public static byte[] PngHeaderWithoutPixels(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [.. PngSignature, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x01, 0x02, 0x03]), .. Chunk("IEND", [])];
    }

    /// <summary>
    /// Puts an EXIF segment right after a JPEG's start marker, with an orientation and an artist's name
    /// (SkiaSharp's encoder writes no EXIF itself).
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation, string artist)
    {
        var name = Encoding.ASCII.GetBytes(artist + "\0");
        var tiff = new List<byte> { (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8 };
        var entries = 2;
        var valuesAt = 8 + 2 + (entries * 12) + 4;
        tiff.AddRange(BigEndian16(entries));
        tiff.AddRange([.. BigEndian16(0x0112), .. BigEndian16(3), .. BigEndian32(1), .. BigEndian16(orientation), 0, 0]);
        tiff.AddRange([.. BigEndian16(0x013B), .. BigEndian16(2), .. BigEndian32(name.Length), .. BigEndian32(valuesAt)]);
        tiff.AddRange(BigEndian32(0));
        tiff.AddRange(name);
        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        byte[] segment = [0xFF, 0xE1, .. BigEndian16(body.Length + 2), .. body];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    private static byte[] EncodeBitmap(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90) ?? throw new InvalidOperationException($"SkiaSharp cannot encode {format}.");
        return data.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        return [.. BigEndian32(data.Length), .. typeAndData, .. BigEndian32((int)Crc32(typeAndData))];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
