import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';
import { readablePalette } from './readable-colors.ts';

/** Dense by default: billers want many rows on one screen; every text color reads at 4.5:1. */
export const theme = createTheme({
  primaryColor: 'indigo',
  colors: readablePalette(),
  defaultRadius: 'xs',
  fontSizes: { xs: '11px', sm: '12px', md: '13px', lg: '15px', xl: '18px' },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    TextInput: { defaultProps: { size: 'xs' } },
    PasswordInput: { defaultProps: { size: 'xs' } },
    NumberInput: { defaultProps: { size: 'xs' } },
    Select: { defaultProps: { size: 'xs' } },
    Textarea: { defaultProps: { size: 'xs' } },
    Table: { defaultProps: { fz: 'sm', verticalSpacing: 2, horizontalSpacing: 6 } },
  },
});

/** Placeholders (a file input's "Choose a file…") as readable as dimmed text. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
