/**
 * Approximations of Teams' light and dark themes for previews: Segoe UI (with metric-compatible fallbacks),
 * Teams purple accent, and status colours chosen to keep 4.5:1 contrast on their tinted backgrounds (checked in
 * test/cards/contrast.test.ts), so a failure reads as red and a stall as amber in both themes.
 */
export type Theme = 'light' | 'dark';

type ColorPair = { default: string; subtle: string };
type Foregrounds = Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', ColorPair>;
type Backgrounds = Record<'default' | 'emphasis' | 'accent' | 'good' | 'warning' | 'attention', string>;

export interface ThemePalette {
    foregrounds: Foregrounds;
    backgrounds: Backgrounds;
    /** Page behind the card, and the button look. */
    page: string;
    button: { background: string; text: string; border: string; hover: string };
    separator: string;
}

export const themePalettes: Record<Theme, ThemePalette> = {
    light: {
        foregrounds: {
            default: { default: '#242424', subtle: '#616161' },
            dark: { default: '#000000', subtle: '#424242' },
            light: { default: '#FFFFFF', subtle: '#E0E0E0' },
            accent: { default: '#4F52B2', subtle: '#5B5FC7' },
            good: { default: '#0E700E', subtle: '#3B883B' },
            warning: { default: '#7A4F00', subtle: '#A06B00' },
            attention: { default: '#B10E1C', subtle: '#D0566B' }
        },
        backgrounds: { default: '#FFFFFF', emphasis: '#F5F5F5', accent: '#E8EBFA', good: '#E9F5E9', warning: '#FBF3DC', attention: '#FCEBEE' },
        page: '#F0F0F0',
        button: { background: '#FFFFFF', text: '#242424', border: '#D1D1D1', hover: '#F5F5F5' },
        separator: '#E0E0E0'
    },
    dark: {
        foregrounds: {
            default: { default: '#FFFFFF', subtle: '#ADADAD' },
            dark: { default: '#000000', subtle: '#424242' },
            light: { default: '#FFFFFF', subtle: '#E0E0E0' },
            accent: { default: '#9EA2FF', subtle: '#7F85F5' },
            good: { default: '#92C353', subtle: '#6BB700' },
            warning: { default: '#F2C14E', subtle: '#D9A52A' },
            attention: { default: '#FF8A96', subtle: '#F9526B' }
        },
        backgrounds: { default: '#292929', emphasis: '#1F1F1F', accent: '#2B2C4A', good: '#1C2E1C', warning: '#3A2F12', attention: '#3E1C22' },
        page: '#1F1F1F',
        button: { background: '#292929', text: '#FFFFFF', border: '#666666', hover: '#3D3D3D' },
        separator: '#3D3D3D'
    }
};

export function teamsHostConfig(theme: Theme = 'light') {
    const { foregrounds, backgrounds, separator } = themePalettes[theme];
    return {
        fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', 'Liberation Sans', 'Helvetica Neue', sans-serif",
        supportsInteractivity: true,
        spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
        separator: { lineThickness: 1, lineColor: separator },
        fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
        fontWeights: { lighter: 300, default: 400, bolder: 600 },
        lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
        containerStyles: Object.fromEntries(
            Object.entries(backgrounds).map(([style, backgroundColor]) => [style, { backgroundColor, foregroundColors: foregrounds }])
        ),
        textStyles: {
            heading: { size: 'medium', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' }
        },
        inputs: {
            label: {
                inputSpacing: 'small',
                requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
                optionalInputs: { weight: 'bolder' }
            },
            errorMessage: { size: 'small', color: 'attention' }
        },
        factSet: {
            title: { color: 'default', size: 'default', isSubtle: true, weight: 'default', wrap: true, maxWidth: 130 },
            value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
            spacing: 12
        },
        actions: {
            maxActions: 6,
            spacing: 'medium',
            buttonSpacing: 8,
            actionsOrientation: 'horizontal',
            actionAlignment: 'left',
            iconPlacement: 'leftOfTitle',
            showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' }
        }
    };
}
