/**
 * An approximation of Teams' light theme for previews: Segoe UI (with metric-compatible fallbacks),
 * Teams purple accent, and status colours dark enough to read on their tinted backgrounds.
 */
const foregroundColors = {
    default: { default: '#242424', subtle: '#616161' },
    dark: { default: '#000000', subtle: '#424242' },
    light: { default: '#FFFFFF', subtle: '#E0E0E0' },
    accent: { default: '#5B5FC7', subtle: '#7579EB' },
    good: { default: '#107C10', subtle: '#3B883B' },
    warning: { default: '#8A5A00', subtle: '#A06B00' },
    attention: { default: '#C4314B', subtle: '#D0566B' }
};

const containerBackgrounds = {
    default: '#FFFFFF',
    emphasis: '#F5F5F5',
    accent: '#E8EBFA',
    good: '#E9F5E9',
    warning: '#FBF3DC',
    attention: '#FCEBEE'
};

export const teamsHostConfig = {
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', 'Liberation Sans', 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
    containerStyles: Object.fromEntries(
        Object.entries(containerBackgrounds).map(([style, backgroundColor]) => [
            style,
            { backgroundColor, foregroundColors }
        ])
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
