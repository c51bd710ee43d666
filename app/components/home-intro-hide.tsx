'use client';
// The intro's "hide" button: hides the card now and sets a year-long cookie so the server leaves it out next time.
export function HideIntroButton({ cookie }: { cookie: string }) {
  return (
    <button
      type="button"
      className="home-intro-hide"
      aria-label="Hide the introduction"
      title="Hide the introduction"
      onClick={(e) => {
        document.cookie = `${cookie}=hidden; path=/; max-age=31536000; samesite=lax`;
        const card = e.currentTarget.closest('section');
        if (card) card.hidden = true;
      }}
    >
      ×
    </button>
  );
}
