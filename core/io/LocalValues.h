#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace fla::localvalues {

// Values as people type them in Belgian spreadsheets, read tolerantly.

// The century of a two-digit year, as POSIX strptime's %y reads it: 00-68 are
// 2000-2068, 69-99 are 1969-1999 (a birth date "01/02/85" is 1985, a training
// "03/02/25" is 2025). The one place FLA Desk decides it.
int yearFromTwoDigits(int twoDigits);

// dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, d.m.yyyy, dd/mm/yy (yearFromTwoDigits), yyyy-mm-dd,
// an ISO date-time (the date part is kept) and an Excel serial day number
// (what a date cell of a spreadsheet holds). Day first, never month first.
std::optional<QDate> parseDate(QStringView text);

// 7,5 or 7.5, thousands separators (1.234,50 / 1 234,50 / 1,234.50), a
// leading sign; no exponent. std::nullopt when it is not a number.
std::optional<double> parseNumber(QStringView text);

// ja/nee, oui/non, ja/nein, yes/no, true/false, 1/0, x (ticked), - (not) — any case.
std::optional<bool> parseBool(QStringView text);

// A worker's sex: M/man/homme/Mann/male, V/F/W/vrouw/femme/Frau/female (and the
// code list's MALE/FEMALE); empty or not one of these: std::nullopt.
std::optional<StatedSex> parseSex(QStringView text);
// A training's category for the social balance sheet: formeel/formel/formal(l)
// (formal continuing), informeel/informel/informal(l), initieel/initiale/initial/
// Erstausbildung/Ausbildung, and the code list's names.
std::optional<StatedCategory> parseCategory(QStringView text);
// A leave scheme: BEV/CEP/betaald educatief verlof/congé-éducation payé/bezahlter
// Bildungsurlaub; VOV/Vlaams opleidingsverlof/congé-formation flamand; geen/aucun/
// kein/none/nee/non/nein/no for none; and the code list's names.
std::optional<TrainingLeave> parseLeave(QStringView text);
// How a training's costs are shared over its participants: gelijk/gelijkmatig/
// égal/également/gleich/equally (each the same), per uur/naar uren/par heure/
// au prorata des heures/nach Stunden/by hours, and the code list's names.
std::optional<CostSharing> parseCostSharing(QStringView text);

// A duration as typed in one cell: its amount and, when the text names
// one, its unit. Minutes are given as hours (90 min = 1.5 hours).
struct TypedDuration
{
    double amount = 0;
    std::optional<DurationUnit> unit;
};

// "1,5", "1,5 d", "1,5 dagen", "3 uur", "3h", "2 jours", "3 heures",
// "90 min", "2 Tage", "3 Stunden" (any case, a trailing dot allowed).
// std::nullopt when the number or the unit word cannot be read: a unit is
// never guessed.
std::optional<TypedDuration> parseDuration(QStringView text);

// An Excel serial day number (1900 date system) as a date.
QDate fromExcelSerial(double serial);

} // namespace fla::localvalues
