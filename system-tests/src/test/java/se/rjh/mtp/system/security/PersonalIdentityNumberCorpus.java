package se.rjh.mtp.system.security;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts that hold a valid Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day + 60), generated with real dates and correct Luhn digits and written in every usual
 * spelling, bare or inside a sentence; and look-alikes that must pass: phone numbers, dates, article and lot
 * numbers, UDI-DIs (GS1 GTIN-14 with a correct check digit), an organisation number and near-miss numbers.
 */
final class PersonalIdentityNumberCorpus {

    /** How a number sits in free text: bare, in a sentence, in brackets, after a colon, between quotes, on its own line. */
    private static final List<String> CONTEXTS = List.of("%s", "Patienten %s föll ur sängen", "Gäller (%s), se journalen.",
            "pnr:%s", "\"%s\"", "Uppgift:\n%s\tslut", "%s är registrerad", "Se även %s");

    /** One generated number: its date of birth (day + 60 for a coordination number) and its last four digits. */
    record IdentityNumber(LocalDate born, boolean coordination, String lastFour) {
        String twelveDigits() {
            return born.format(DateTimeFormatter.ofPattern("yyyyMM")) + day() + lastFour;
        }

        String tenDigits() {
            return twelveDigits().substring(2);
        }

        private String day() {
            return String.format("%02d", born.getDayOfMonth() + (coordination ? 60 : 0));
        }

        /** Every spelling people use: 10 or 12 digits, with {@code -}, {@code +} (100 years or older) or nothing. */
        List<String> spellings() {
            String ten = tenDigits();
            String twelve = twelveDigits();
            return List.of(ten.substring(0, 6) + "-" + ten.substring(6), ten, twelve.substring(0, 8) + "-" + twelve.substring(8),
                    twelve, ten.substring(0, 6) + "+" + ten.substring(6), twelve.substring(0, 8) + "+" + twelve.substring(8));
        }
    }

    static List<IdentityNumber> numbers() {
        Random random = new Random(20261120L);
        List<IdentityNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate born = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(104 * 365));
            String serial = String.format("%03d", random.nextInt(1000));
            boolean coordination = i % 4 == 3;
            String nine = born.format(DateTimeFormatter.ofPattern("yyMM"))
                    + String.format("%02d", born.getDayOfMonth() + (coordination ? 60 : 0)) + serial;
            numbers.add(new IdentityNumber(born, coordination, serial + luhnDigit(nine)));
        }
        // Skatteverket's well-known test number, and a leap day.
        numbers.add(new IdentityNumber(LocalDate.of(1912, 12, 12), false, "1212"));
        numbers.add(new IdentityNumber(LocalDate.of(2000, 2, 29), false, "238" + luhnDigit("000229238")));
        return numbers;
    }

    /** Every number in every spelling, each spelling in one of the contexts (rotating), so 252 texts. */
    static List<String> identityNumberTexts() {
        List<String> texts = new ArrayList<>();
        List<IdentityNumber> numbers = numbers();
        for (int i = 0; i < numbers.size(); i++) {
            List<String> spellings = numbers.get(i).spellings();
            for (int j = 0; j < spellings.size(); j++) {
                texts.add(String.format(CONTEXTS.get((i + j) % CONTEXTS.size()), spellings.get(j)));
            }
        }
        return texts;
    }

    static List<String> lookAlikes() {
        List<String> texts = new ArrayList<>(List.of(
                "070-123 45 67", "+46 70 123 45 67", "063-14 30 00", "Ring 0771-123 456", "08-123 456 78",
                "+46 (0)63 14 30 00", "070 123 45 67", "tel. 010-123 45 67", "+46701234567",
                "2026-11-20", "20261120", "2026-11-20 14:30", "20/11/2026", "den 20 november 2026",
                "2026-11-20T14:30:00Z", "Möte 2026-11-20 kl. 14.30-16.00",
                "Art.nr 123-4567", "REF 7654321", "Best.nr 40012345", "Artikelnummer 1234-5678-90", "SKU 99-1234567",
                "LOT 2409A12", "Lot: 24091201", "Batch 23-0456", "SN 2024-000123", "Utg. 2027-03",
                "Region Jämtland Härjedalen, org.nr 232100-0222", "MTP/12/2026", "Dnr RS/1234/2026",
                "19121212-1213", "121212-1213", "19121232-1212", "19991301-1234", "831 82 Östersund",
                "1 234 567 kr", "version 2.10.1234", "IEC 60601-1-8", "ISO 13485:2016", "MDR 2017/745 art. 5.5"));
        for (String base : List.of("0735001234567", "0404696312345", "0590123401234", "1735001234500")) {
            String gtin = base + gs1Digit(base);
            texts.add("UDI-DI " + gtin);
            texts.add("(01)" + gtin + "(17)261231(10)A1234");
        }
        return texts;
    }

    /** The Luhn check digit over the nine digits YYMMDDNNN. */
    static int luhnDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** The GS1 check digit: weights 3 and 1 from the right. */
    static int gs1Digit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int weight = (digits.length() - i) % 2 == 1 ? 3 : 1;
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    private PersonalIdentityNumberCorpus() {
    }
}
