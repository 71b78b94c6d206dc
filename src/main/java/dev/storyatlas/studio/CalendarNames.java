package dev.storyatlas.studio;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The studio's calendars in the editor's language: the date picker names months and days in English unless told,
 * so the names come from the JDK's locale data, as the dates the loader and the map print do.
 */
final class CalendarNames {

    private CalendarNames() {
    }

    /** Names the picker's months, days and buttons in the UI's language. */
    static void speak(DatePicker picker) {
        picker.setI18n(in(picker.getLocale(), picker.getTranslation("studio.date.today"), picker.getTranslation("studio.date.cancel")));
    }

    static DatePicker.DatePickerI18n in(Locale locale, String today, String cancel) {
        List<String> months = Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // the picker counts days from Sunday
        List<DayOfWeek> fromSunday = Arrays.stream(DayOfWeek.values()).map(day -> day.minus(1)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(weeks(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(today)
                .setCancel(cancel);
    }

    /** A language alone (the studio's de or en) says nothing of the week: the JDK would then start it on Sunday; ISO's Monday is Europe's. */
    private static WeekFields weeks(Locale locale) {
        return locale.getCountry().isEmpty() ? WeekFields.ISO : WeekFields.of(locale);
    }
}
