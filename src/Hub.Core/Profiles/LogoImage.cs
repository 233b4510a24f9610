using System.Security.Cryptography;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Hub.Core.Profiles;

/// <summary>
/// Turns an uploaded logo into the PNG Hub serves: checks size and type, decodes with PNG, JPEG and WebP decoders only,
/// scales it to fit 256×256 and encodes fresh pixels, so metadata (EXIF, location, comments) and anything smuggled
/// around the picture (a polyglot's script or archive) are gone. Pure: bytes in, bytes or a reason out.
/// </summary>
public static class LogoImage
{
    public const int MaxBytes = 512 * 1024;

    public const int MaxSide = 256;

    /// <summary>Larger pictures are refused before decoding: a small file can declare a huge canvas.</summary>
    public const int MaxSourceSide = 4096;

    public const string ContentType = "image/png";

    // Only the three formats accepted; ImageSharp's default configuration would also read GIF, BMP, TGA and more.
    private static readonly Configuration Formats = new(new PngConfigurationModule(), new JpegConfigurationModule(), new WebpConfigurationModule());

    public static Outcome<byte[]> Normalise(byte[]? upload)
    {
        if (upload is null || upload.Length == 0)
        {
            return Refuse("The file is empty. Choose a PNG, JPEG or WebP image.");
        }

        if (upload.Length > MaxBytes)
        {
            return Refuse($"Logos can be up to {MaxBytes / 1024} KB; this file has {(upload.Length + 1023) / 1024} KB.");
        }

        if (!LooksLikeAcceptedFormat(upload))
        {
            return Refuse("Choose a PNG, JPEG or WebP image.");
        }

        try
        {
            using var input = new MemoryStream(upload, writable: false);
            var info = Image.Identify(Formats, input);
            if (info is null)
            {
                return Refuse("This file is not an image Hub can read. Choose a PNG, JPEG or WebP image.");
            }

            if (info.Width > MaxSourceSide || info.Height > MaxSourceSide)
            {
                return Refuse($"The image is too large: at most {MaxSourceSide}×{MaxSourceSide} pixels.");
            }

            input.Position = 0;
            using var decoded = Image.Load<Rgba32>(Formats, input);
            decoded.Mutate(x => x.AutoOrient());
            if (decoded.Width > MaxSide || decoded.Height > MaxSide)
            {
                decoded.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(MaxSide, MaxSide), Mode = ResizeMode.Max }));
            }

            // A new image from the bare pixels carries no metadata of the upload.
            var pixels = new Rgba32[decoded.Width * decoded.Height];
            decoded.CopyPixelDataTo(pixels);
            using var clean = Image.LoadPixelData<Rgba32>(pixels, decoded.Width, decoded.Height);
            using var output = new MemoryStream();
            clean.Save(output, new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 });
            return Outcome.Done(output.ToArray());
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or ImageFormatException or NotSupportedException)
        {
            return Refuse("This file is not an image Hub can read. Choose a PNG, JPEG or WebP image.");
        }
    }

    /// <summary>The lower-case hex SHA-256 of the bytes.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The file starts as a PNG, JPEG or WebP does; what the browser claimed the type was is not asked.</summary>
    private static bool LooksLikeAcceptedFormat(byte[] b) =>
        StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ||
        StartsWith(b, [0xFF, 0xD8, 0xFF]) ||
        (b.Length >= 12 && StartsWith(b, "RIFF"u8) && b.AsSpan(8, 4).SequenceEqual("WEBP"u8));

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    private static Outcome<byte[]> Refuse(string message) => Outcome.Invalid("Logo", message).As<byte[]>();
}
