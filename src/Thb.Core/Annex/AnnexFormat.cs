using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Thb.Intake;

namespace Thb.Annex;

/// <summary>The files compiled for one annex version: the workbook and its two machine-readable exports.</summary>
public enum AnnexFormat
{
    Xlsx,
    Csv,
    Json,
}
