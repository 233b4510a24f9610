using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Core.Data;

/// <summary>
/// Writes a DateTime's value without its kind: Npgsql refuses a UTC-kind value for <c>timestamp without time zone</c>,
/// while Hub's clock hands out UTC-kind values and reads hand back unspecified ones (as on SQLite).
/// </summary>
public sealed class UnspecifiedDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified),
    v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));
