"""The PDF toolbox every document uses: fonts, text fitting, QR codes, the canvas."""
