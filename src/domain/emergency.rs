//! The emergency number and the words for places of care, by country, from an offline
//! table: a runner abroad must see the number that works where they stand, and "A&E" or
//! "the ER" in the words of that country.
//!
//! Sources: 112 in every EU and EEA country (Directive (EU) 2018/1972, art. 109), and on
//! any GSM or later mobile network as the fallback (3GPP TS 22.101, 10.1: a phone must
//! treat 112 as an emergency call); 999 and NHS 111 in the UK (Ofcom; NHS England); 112 and
//! 999 in Ireland (ComReg); 911 in the US and Canada (FCC; CRTC), with 811 health lines in
//! most Canadian provinces; 911 in Mexico (since 2017), the Philippines and Uruguay; 000 in
//! Australia and Healthdirect 1800 022 222 (ACMA; healthdirect.gov.au); 111 and Healthline
//! 0800 611 116 in New Zealand (NZ Police; Te Whatu Ora); 119 for an ambulance in Japan,
//! South Korea and Taiwan; 120 in mainland China; 999 in Hong Kong, Malaysia and Kenya; 995
//! in Singapore (SCDF); 144 in Switzerland; 113 in Norway; 101 in Israel (Magen David Adom);
//! 997 in Saudi Arabia, 998 in the UAE; 192 in Brazil (SAMU); 107 in Argentina; 131 in Chile;
//! 123 in Colombia and Egypt; 1669 in Thailand; 115 in Vietnam; 103 in Ukraine; 144 for an
//! ambulance in Austria (1450 for advice); 119 in Indonesia (PSC 119, where 112 is still
//! being rolled out); 10177 for an ambulance in South Africa (112 only from mobiles); 112 in
//! India (ERSS), Turkey, Russia and Nigeria (corrected after the independent clinical review).

/// Where to go, in one country's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// Where to go at once: "A&E", "the emergency room (ER)".
    pub emergency_department: &'static str,
    /// Where to be seen the same day without an emergency: "an urgent care clinic".
    pub urgent_care: &'static str,
}

/// Care in one country: the number to call and the words for its places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// ISO 3166-1 alpha-2, upper case; `None` for the fallback.
    pub country: Option<&'static str>,
    pub emergency_number: &'static str,
    /// A number for urgent medical advice that is not an emergency (NHS 111), if any.
    pub advice_line: Option<&'static str>,
    pub words: Words,
}

const GENERAL: Words = Words { emergency_department: "an emergency department", urgent_care: "an urgent care centre" };
const UK: Words = Words { emergency_department: "A&E", urgent_care: "an urgent treatment centre" };
const IRELAND: Words = Words { emergency_department: "an emergency department (A&E)", urgent_care: "a GP" };
const US: Words = Words { emergency_department: "the emergency room (ER)", urgent_care: "an urgent care clinic" };
const NORTH: Words = Words { emergency_department: "the emergency department", urgent_care: "an urgent care clinic" };
const OCEANIA: Words =
    Words { emergency_department: "the emergency department", urgent_care: "a GP or an urgent care clinic" };

/// The fallback: 112 reaches the emergency services from a mobile phone almost anywhere.
pub const FALLBACK: Region = Region { country: None, emergency_number: "112", advice_line: None, words: GENERAL };

/// The countries of the table, in the order of their names (for choosing one). Codes and
/// names are kept apart so that looking a country up does not carry every name into the
/// start-up code: only the setting's screen needs the names.
pub const COUNTRY_CODES: [&str; 64] = [
    "AR", "AU", "AT", "BE", "BR", "BG", "CA", "CL", "CN", "CO", "HR", "CY", "CZ", "DK", "EG", "EE", "FI", "FR", "DE",
    "GR", "HK", "HU", "IS", "IN", "ID", "IE", "IL", "IT", "JP", "KE", "LV", "LI", "LT", "LU", "MY", "MT", "MX", "NL",
    "NZ", "NG", "NO", "PH", "PL", "PT", "RO", "RU", "SA", "SG", "SK", "SI", "ZA", "KR", "ES", "SE", "CH", "TW", "TH",
    "TR", "UA", "AE", "GB", "US", "UY", "VN",
];

/// Each country's name, in the order of [`COUNTRY_CODES`].
const COUNTRY_NAMES: [&str; 64] = [
    "Argentina",
    "Australia",
    "Austria",
    "Belgium",
    "Brazil",
    "Bulgaria",
    "Canada",
    "Chile",
    "China (mainland)",
    "Colombia",
    "Croatia",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Egypt",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Kenya",
    "Latvia",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Malaysia",
    "Malta",
    "Mexico",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "Norway",
    "Philippines",
    "Poland",
    "Portugal",
    "Romania",
    "Russia",
    "Saudi Arabia",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "South Africa",
    "South Korea",
    "Spain",
    "Sweden",
    "Switzerland",
    "Taiwan",
    "Thailand",
    "Turkey",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Vietnam",
];

/// Every country of the table as (code, name), by name.
pub fn countries() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRY_CODES.into_iter().zip(COUNTRY_NAMES)
}

/// Care in the country with this code; the fallback for a country not in the table.
pub fn region(country: &str) -> Region {
    let (number, advice_line, words) = match country {
        "GB" => ("999", Some("111"), UK),
        "IE" => ("112", None, IRELAND),
        "US" => ("911", None, US),
        "CA" => ("911", Some("811"), NORTH),
        "MX" | "PH" | "UY" => ("911", None, GENERAL),
        "AU" => ("000", Some("1800 022 222"), OCEANIA),
        "NZ" => ("111", Some("0800 611 116"), OCEANIA),
        "JP" | "KR" | "TW" => ("119", None, GENERAL),
        "CN" => ("120", None, GENERAL),
        "HK" | "MY" | "KE" => ("999", None, GENERAL),
        "SG" => ("995", None, GENERAL),
        "CH" => ("144", None, GENERAL),
        "NO" => ("113", None, GENERAL),
        "IL" => ("101", None, GENERAL),
        "SA" => ("997", None, GENERAL),
        "AE" => ("998", None, GENERAL),
        "BR" => ("192", None, GENERAL),
        "AR" => ("107", None, GENERAL),
        "CL" => ("131", None, GENERAL),
        "CO" | "EG" => ("123", None, GENERAL),
        "TH" => ("1669", None, GENERAL),
        "VN" => ("115", None, GENERAL),
        "UA" => ("103", None, GENERAL),
        "DE" => ("112", Some("116117"), GENERAL),
        "AT" => ("144", Some("1450"), GENERAL),
        "ID" => ("119", None, GENERAL),
        "ZA" => ("10177", None, GENERAL),
        _ if COUNTRY_CODES.contains(&country) => ("112", None, GENERAL),
        _ => return FALLBACK,
    };
    let country = COUNTRY_CODES.into_iter().find(|code| *code == country);
    Region { country, emergency_number: number, advice_line, words }
}

/// The country's name, for the one chosen or defaulted.
pub fn country_name(country: &str) -> Option<&'static str> {
    countries().find(|(code, _)| *code == country).map(|(_, name)| name)
}

/// The country of the first of the browser's preferred languages that names one ("en-GB",
/// "zh-Hant-TW"); a language alone ("de") says nothing about where the runner is.
pub fn country_from_languages<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    tags.into_iter().find_map(|tag| {
        tag.split(['-', '_']).skip(1).find_map(|part| {
            let upper = part.to_ascii_uppercase();
            COUNTRY_CODES.into_iter().find(|code| *code == upper)
        })
    })
}

/// A tel: address for a number as shown ("1800 022 222" dials as 1800022222).
pub fn tel(number: &str) -> String {
    format!("tel:{}", number.chars().filter(|c| c.is_ascii_digit()).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbers_the_issue_names() {
        for (country, number) in
            [("GB", "999"), ("US", "911"), ("CA", "911"), ("AU", "000"), ("NZ", "111"), ("JP", "119"), ("FR", "112")]
        {
            assert_eq!(region(country).emergency_number, number, "{country}");
        }
        assert_eq!(region("GB").advice_line, Some("111"));
        assert_eq!(region("GB").words.emergency_department, "A&E");
        assert_eq!(region("US").words.emergency_department, "the emergency room (ER)");
    }

    #[test]
    fn an_unknown_country_falls_back_to_112() {
        assert_eq!(region("XX"), FALLBACK);
        assert_eq!(region(""), FALLBACK);
        assert_eq!(region("gb"), FALLBACK, "codes are upper case, as stored");
    }

    #[test]
    fn every_country_of_the_list_has_a_region_and_the_list_is_sorted_by_name() {
        for (code, name) in countries() {
            assert_eq!(region(code).country, Some(code), "{name}");
            assert_eq!(country_name(code), Some(name));
        }
        assert!(COUNTRY_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_country_comes_from_the_first_language_that_names_one() {
        assert_eq!(country_from_languages(["en-GB", "en"]), Some("GB"));
        assert_eq!(country_from_languages(["de", "es-mx"]), Some("MX"));
        assert_eq!(country_from_languages(["zh-Hant-TW"]), Some("TW"));
        assert_eq!(country_from_languages(["es-419", "fr"]), None);
        assert_eq!(country_from_languages(["de"]), None);
    }

    #[test]
    fn tel_addresses_dial_digits_only() {
        assert_eq!(tel("1800 022 222"), "tel:1800022222");
        assert_eq!(tel("999"), "tel:999");
    }
}
